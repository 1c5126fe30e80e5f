package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;

/** An inquiry as its sender may see it: status, desk, and the messages exchanged; no internal notes. */
public record InquiryForSender(String reference, String subject, String typeName, String deskName, String deskPhone,
                               InquiryStatus status, Instant receivedAt, LocalDate dueOn,
                               List<InquiryMessage> messages) implements Serializable {

    static InquiryForSender of(Inquiry inquiry) {
        return new InquiryForSender(inquiry.getReference(), inquiry.getSubject(), inquiry.getType().getName(),
                inquiry.getDesk().getName(), inquiry.getDesk().getPhone(), inquiry.getStatus(),
                inquiry.getReceivedAt(), inquiry.getDueOn(),
                inquiry.getEntries().stream().filter(entry -> entry.getKind().isVisibleToSender())
                        .map(InquiryMessage::of).toList());
    }

    public String getReference() {
        return reference;
    }

    public String getSubject() {
        return subject;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getDeskName() {
        return deskName;
    }

    public String getDeskPhone() {
        return deskPhone;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public List<InquiryMessage> getMessages() {
        return messages;
    }
}
