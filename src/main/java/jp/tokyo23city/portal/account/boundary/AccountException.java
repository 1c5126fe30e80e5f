package jp.tokyo23city.portal.account.boundary;

import jakarta.ejb.ApplicationException;

/** A request about an account that cannot be carried out; the message key says why, for the person who asked. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
