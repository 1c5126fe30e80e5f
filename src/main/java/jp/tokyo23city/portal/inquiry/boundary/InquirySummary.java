package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;
import jp.tokyo23city.portal.inquiry.entity.SenderKind;

/** A row of a queue or of a sender's list. Getters for EL. */
public record InquirySummary(long id, String reference, String deskName, String typeName, SenderKind senderKind,
                             String senderName, String organisation, String subject, InquiryStatus status,
                             String assigneeName, Instant receivedAt, LocalDate dueOn, boolean overdue)
        implements Serializable {

    static InquirySummary of(Inquiry inquiry, String assigneeName, LocalDate today) {
        return new InquirySummary(inquiry.getId(), inquiry.getReference(), inquiry.getDesk().getName(),
                inquiry.getType().getName(), inquiry.getSenderKind(), inquiry.getSenderName(),
                inquiry.getOrganisation(), inquiry.getSubject(), inquiry.getStatus(), assigneeName,
                inquiry.getReceivedAt(), inquiry.getDueOn(), inquiry.isOverdue(today));
    }

    public long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getDeskName() {
        return deskName;
    }

    public String getTypeName() {
        return typeName;
    }

    public SenderKind getSenderKind() {
        return senderKind;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getSubject() {
        return subject;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
