package jp.tokyo23city.portal.board.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A PDF or image attached to a post, kept in the database (never in the web root) so every instance of a cluster
 * serves it; with a PNG thumbnail for images and the text of a PDF for search.
 */
@Entity
@Table(name = "board_attachment")
public class BoardAttachment {

    public static final int FILE_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] thumbnail;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String extracted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardAttachment() {
    }

    public BoardAttachment(Long threadId, Long replyId, String fileName, String contentType, byte[] content,
                           byte[] thumbnail, String extracted, Instant now) {
        this.threadId = threadId;
        this.replyId = replyId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.thumbnail = thumbnail;
        this.extracted = extracted;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getReplyId() {
        return replyId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }

    public String getExtracted() {
        return extracted;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
