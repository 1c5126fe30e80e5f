package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;
import jp.tokyo23city.portal.inquiry.entity.SenderKind;

/** An inquiry as its desk sees it: everything sent, the whole history, internal notes included. Getters for EL. */
public record InquiryDetail(long id, String reference, long deskId, String deskName, String typeName,
                            SenderKind senderKind, String senderName, String senderKana, String organisation,
                            String email, String phone, Long eventId, Long threadId, String subject, String message,
                            InquiryStatus status, Long assigneeId, String assigneeName, Instant receivedAt,
                            LocalDate dueOn, boolean overdue, int version, List<InquiryMessage> history,
                            List<AttachmentInfo> attachments) implements Serializable {

    /** A file of an inquiry, described as lists show it ("PDF 約3.1MB"). */
    public record AttachmentInfo(long id, String fileName, String description) implements Serializable {

        public long getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public String getDescription() {
            return description;
        }
    }

    public long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getDeskId() {
        return deskId;
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

    public String getSenderKana() {
        return senderKana;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public Long getAssigneeId() {
        return assigneeId;
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

    public int getVersion() {
        return version;
    }

    public List<InquiryMessage> getHistory() {
        return history;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }
}
