package jp.tokyo23city.portal.board.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Posts are plain text: shown escaped, with line breaks kept and http(s) addresses turned into links that open
 * without handing over the portal's window. The result passes the OWASP sanitizer as a second line of defence.
 */
public final class BodyFormat {

    private static final Pattern URL = Pattern.compile("https?://[\\w\\-.~:/?#\\[\\]@!$&'()*+,;=%]+");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("a", "br")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private BodyFormat() {
    }

    /** Plain text as safe HTML: escaped, line breaks as {@code <br>}, addresses as links. */
    public static String toHtml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        Matcher matcher = URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String url = matcher.group();
            // a closing bracket or full stop after an address belongs to the sentence, not to the address
            while (!url.isEmpty() && ".,;:!?)]'".indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
            }
            html.append(escape(text.substring(last, matcher.start())));
            html.append("<a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
            last = matcher.start() + url.length();
        }
        html.append(escape(text.substring(last)));
        return POLICY.sanitize(html.toString().replace("\r\n", "\n").replace("\n", "<br />"));
    }

    /** Whether a typed address is an http(s) URL the board may link to. */
    public static boolean isWebAddress(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
