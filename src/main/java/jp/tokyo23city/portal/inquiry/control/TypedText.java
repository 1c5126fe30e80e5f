package jp.tokyo23city.portal.inquiry.control;

import java.util.Optional;

/** Text typed by desk staff and admins (notes, replies, names of desks and rules): stripped, length-checked. */
public final class TypedText {

    private TypedText() {
    }

    /** The stripped text, or empty when nothing but spaces was typed; throws when longer than {@code max}. */
    public static Optional<String> of(String text, int max) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new TooLongException(max);
        }
        return Optional.of(stripped);
    }

    /** Typed text longer than allowed. */
    public static final class TooLongException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLongException(int max) {
            super("Longer than " + max + " characters");
        }
    }
}
