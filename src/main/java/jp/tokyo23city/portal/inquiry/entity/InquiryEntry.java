package jp.tokyo23city.portal.inquiry.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step in an inquiry's history: the message received, a reply, a note, a status change, a transfer. */
@Entity
@Table(name = "inquiry_entry")
public class InquiryEntry {

    public static final int AUTHOR_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryKind kind;

    @Column(nullable = false, length = AUTHOR_MAX)
    private String author;

    @Lob
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InquiryEntry() {
    }

    InquiryEntry(Inquiry inquiry, EntryKind kind, String author, String body, Instant createdAt) {
        this.inquiry = inquiry;
        this.kind = kind;
        this.author = author.length() > AUTHOR_MAX ? author.substring(0, AUTHOR_MAX) : author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
