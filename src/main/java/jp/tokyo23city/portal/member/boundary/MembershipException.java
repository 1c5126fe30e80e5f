package jp.tokyo23city.portal.member.boundary;

import jakarta.ejb.ApplicationException;

/** A membership request that cannot be carried out; the message key says why, in the UI bundle. */
@ApplicationException(rollback = true)
public class MembershipException extends RuntimeException {

    private final String messageKey;

    public MembershipException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
