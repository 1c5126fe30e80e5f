package jp.tokyo23city.portal.member.control;

/** A member CSV file that cannot be read at all; the key of the UI bundle and its arguments say why. */
public class MemberCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public MemberCsvException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
