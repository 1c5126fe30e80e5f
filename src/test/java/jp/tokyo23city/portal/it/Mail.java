package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** The real SMTP server of the integration tests (GreenMail), where the portal under test sends its mail. */
public final class Mail {

    private Mail() {
    }

    /** One server for a test class, on the port failsafe gives the portal as PORTAL_SMTP_PORT. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("portal.it.smtp.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** Waits for a mail to the recipient whose subject contains the given text; the outbox sends in the background. */
    public static MimeMessage await(GreenMailExtension server, String recipient, String subjectPart, int seconds)
            throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : server.getReceivedMessagesForDomain(recipient)) {
                if (message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail '" + subjectPart + "' to " + recipient + " within " + seconds + " s");
    }

    /** The first path in the mail's text matching the pattern, e.g. a password link. */
    public static String link(MimeMessage mail, String pathPattern) throws Exception {
        Matcher matcher = Pattern.compile("(" + pathPattern + ")").matcher((String) mail.getContent());
        assertThat(matcher.find()).as("a link %s in the mail", pathPattern).isTrue();
        return matcher.group(1);
    }
}
