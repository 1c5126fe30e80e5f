package jp.tokyo23city.portal.inquiry.boundary;

import jakarta.ejb.ApplicationException;

/** A request the inquiry feature refuses, with the bundle key of the message the person should read. */
@ApplicationException(rollback = true)
public class InquiryException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public InquiryException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
