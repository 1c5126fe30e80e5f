package jp.tokyo23city.portal.mail.control;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.mail.entity.MailAttachment;

/** Hands one mail to the SMTP server named by {@code PORTAL_SMTP_HOST} and {@code PORTAL_SMTP_PORT}. */
@ApplicationScoped
public class SmtpMailer {

    private static final String SENDER_NAME = "特別区全国連携プロジェクト";

    @Inject
    @ConfigProperty(name = "portal.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@localhost")
    String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        // A hung SMTP server must not hold the sender thread for long.
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        session = Session.getInstance(properties);
    }

    public void send(String recipient, String subject, String body) throws MessagingException {
        send(recipient, subject, body, List.of());
    }

    /** A plain-text mail, with the attachments as further parts of a multipart/mixed message when there are any. */
    public void send(String recipient, String subject, String body, List<MailAttachment> attachments)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(from, SENDER_NAME, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, "UTF-8");
        if (attachments.isEmpty()) {
            message.setText(body, "UTF-8");
        } else {
            MimeMultipart multipart = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            multipart.addBodyPart(text);
            for (MailAttachment attachment : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(
                        new ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
                try {
                    part.setFileName(MimeUtility.encodeText(attachment.getFileName(), "UTF-8", null));
                } catch (UnsupportedEncodingException e) {
                    throw new MessagingException("UTF-8 is not supported", e);
                }
                multipart.addBodyPart(part);
            }
            message.setContent(multipart);
        }
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
