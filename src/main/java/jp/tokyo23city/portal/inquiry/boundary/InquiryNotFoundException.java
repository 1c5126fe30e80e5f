package jp.tokyo23city.portal.inquiry.boundary;

import jakarta.ejb.ApplicationException;

/**
 * No such inquiry, or not one the caller may see: the two are answered alike, so that nobody learns by trying numbers
 * which inquiries exist.
 */
@ApplicationException(rollback = true)
public class InquiryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InquiryNotFoundException(Object id) {
        super("No inquiry " + id + " for this caller");
    }
}
