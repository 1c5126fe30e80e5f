package jp.tokyo23city.portal.mail.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/** A file sent with a mail, such as the .ics of an event sign-up. */
@Embeddable
public class MailAttachment {

    public static final int FILE_NAME_MAX = 200;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private byte[] content;

    protected MailAttachment() {
    }

    public MailAttachment(String fileName, String contentType, byte[] content) {
        this.fileName = fileName.length() <= FILE_NAME_MAX ? fileName : fileName.substring(0, FILE_NAME_MAX);
        this.contentType = contentType;
        this.content = content.clone();
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
