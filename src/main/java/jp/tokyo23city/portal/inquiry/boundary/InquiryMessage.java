package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;
import java.time.Instant;

import jp.tokyo23city.portal.inquiry.entity.EntryKind;
import jp.tokyo23city.portal.inquiry.entity.InquiryEntry;

/** One entry of an inquiry's history, for a page. Getters for EL. */
public record InquiryMessage(long id, EntryKind kind, String author, String body, Instant createdAt)
        implements Serializable {

    static InquiryMessage of(InquiryEntry entry) {
        return new InquiryMessage(entry.getId(), entry.getKind(), entry.getAuthor(), entry.getBody(),
                entry.getCreatedAt());
    }

    public long getId() {
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
