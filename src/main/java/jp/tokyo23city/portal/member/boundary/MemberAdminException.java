package jp.tokyo23city.portal.member.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An admin's request about members that cannot be carried out. It carries a key of the UI bundle, its arguments and
 * the form field it is about ({@code null} for the whole request), so that the page says what is wrong next to the
 * field, in the admin's language.
 */
@ApplicationException(rollback = true)
public class MemberAdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public MemberAdminException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public MemberAdminException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
