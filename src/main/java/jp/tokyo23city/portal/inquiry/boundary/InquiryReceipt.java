package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** What the sender sees after sending: the reference number, the desk, the answer-by date and the status link. */
public record InquiryReceipt(String reference, String deskName, String deskPhone, LocalDate dueOn, String statusUrl,
                             String email) implements Serializable {

    public String getReference() {
        return reference;
    }

    public String getDeskName() {
        return deskName;
    }

    public String getDeskPhone() {
        return deskPhone;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getStatusUrl() {
        return statusUrl;
    }

    public String getEmail() {
        return email;
    }
}
