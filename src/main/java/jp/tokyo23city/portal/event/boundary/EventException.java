package jp.tokyo23city.portal.event.boundary;

import jakarta.ejb.ApplicationException;

/** A business rule refused the request; the key names the message for the page. */
@ApplicationException(rollback = true)
public class EventException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;

    public EventException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
