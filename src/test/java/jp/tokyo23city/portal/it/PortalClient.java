package jp.tokyo23city.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, enough to drive the portal's Faces forms over HTTP: it keeps cookies, follows
 * redirects, and posts a form with its view state and the PrimeFaces CSP nonce as the page's script would.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public PortalClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    /** Opens the page, fills the form's fields (ids without the form prefix) and presses the button. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId) {
        String page = get(path).body();
        return post(path, page, formId, fields, buttonId);
    }

    /** Posts a form of an already loaded page (whose view state and nonce are in {@code page}). */
    public HttpResponse<String> post(String path, String page, String formId, Map<String, String> fields, String buttonId) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(formId, formId);
        fields.forEach((id, value) -> data.put(formId + ":" + id, value));
        data.put(formId + ":" + buttonId, "");
        data.put("jakarta.faces.ViewState", find(VIEW_STATE, page).orElseThrow(
                () -> new AssertionError("No view state on " + path)));
        find(NONCE, page).ifPresent(nonce -> data.put("primefaces.nonce", nonce));
        return postRaw(path, data);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> data) {
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a multipart form (a file upload) of an already loaded page. */
    public HttpResponse<String> postMultipart(String path, String page, String formId, String fileFieldId,
                                              String fileName, byte[] content, String buttonId) {
        return postMultipart(path, page, formId, Map.of(), fileFieldId, fileName, "text/csv", content, buttonId);
    }

    /** Posts a multipart form with fields (ids without the form prefix) and one file of an already loaded page. */
    public HttpResponse<String> postMultipart(String path, String page, String formId, Map<String, String> formFields,
                                              String fileFieldId, String fileName, String contentType, byte[] content,
                                              String buttonId) {
        String boundary = "----portal-it-" + System.nanoTime();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        formFields.forEach((id, value) -> fields.put(formId + ":" + id, value));
        fields.put(formId + ":" + buttonId, "");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page).orElseThrow());
        find(NONCE, page).ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileFieldId
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Sends a PrimeFaces Ajax request as the page's script would (e.g. a p:poll), and returns the partial response. */
    public HttpResponse<String> ajax(String path, String page, String formId, String sourceId, String render) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", sourceId);
        data.put("jakarta.faces.partial.execute", sourceId);
        data.put("jakarta.faces.partial.render", render);
        data.put(sourceId, sourceId);
        data.put(formId, formId);
        data.put("jakarta.faces.ViewState", find(VIEW_STATE, page).orElseThrow());
        find(NONCE, page).ifPresent(nonce -> data.put("primefaces.nonce", nonce));
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> login(String username, String password) {
        return submit("/login.xhtml", "loginForm", Map.of("username", username, "password", password, "next", ""),
                "submit");
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    /** Replaces this client's session cookie, to replay an old session id. */
    public void useSessionId(String sessionId) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public HttpResponse<String> getWithoutRedirect(String path) {
        HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            return noRedirects.send(HttpRequest.newBuilder(resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
