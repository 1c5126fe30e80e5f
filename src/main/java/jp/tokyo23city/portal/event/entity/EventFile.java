package jp.tokyo23city.portal.event.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A file of an event (flyer, image, photo of the day, speaker's materials), kept in the database so that every
 * instance of a cluster serves it and a backup holds it; its type was checked by content when uploaded.
 */
@Entity
@Table(name = "event_file")
public class EventFile implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int CAPTION_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FilePurpose purpose;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "file_size", nullable = false)
    private long size;

    @Column(length = CAPTION_MAX)
    private String caption;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventFile() {
    }

    public EventFile(Long eventId, FilePurpose purpose, String fileName, String contentType, String caption,
                     byte[] content) {
        this.eventId = eventId;
        this.purpose = purpose;
        this.fileName = fileName.length() <= NAME_MAX ? fileName : fileName.substring(fileName.length() - NAME_MAX);
        this.contentType = contentType;
        this.caption = caption;
        this.content = content.clone();
        this.size = content.length;
        this.createdAt = Instant.now();
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public FilePurpose getPurpose() {
        return purpose;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getCaption() {
        return caption;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
