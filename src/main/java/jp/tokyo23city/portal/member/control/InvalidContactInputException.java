package jp.tokyo23city.portal.member.control;

import java.util.Arrays;

/**
 * Contact data that {@link ContactInput} cannot accept. It carries a key of the UI bundle and the arguments of its
 * {@link java.text.MessageFormat} pattern rather than a sentence, so that the page shows the reason in the language
 * of the person who typed it.
 */
public class InvalidContactInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    // Strings and Integers only, so the exception stays serialisable inside a JSF view state.
    private final Object[] arguments;

    // Package-private: every key must come from ContactInput, which lists them for the bundle check.
    InvalidContactInputException(String messageKey, Object... arguments) {
        super(arguments.length == 0 ? messageKey : messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The key of the reason in the UI bundle, for example {@code member.input.phone.tooShort}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values for the placeholders {0}, {1}… of the pattern under {@link #messageKey()}; a copy. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
