package jp.tokyo23city.portal.board.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A board action refused for a reason the user can act on; the message key (board.message.*) and its arguments say
 * which. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BoardException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;

    public BoardException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
