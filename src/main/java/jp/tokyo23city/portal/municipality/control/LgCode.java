package jp.tokyo23city.portal.municipality.control;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 全国地方公共団体コード (local government code): two digits of prefecture, three of municipality and a check
 * digit. Only valid codes exist as values; {@link #parse(String)} reads what people type.
 *
 * @param value the six digits
 */
public record LgCode(String value) implements Serializable, Comparable<LgCode> {

    public static final int LENGTH = 6;

    // Without UNICODE_CHARACTER_CLASS, \d is ASCII only: other scripts' digits are refused, not misread.
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    /**
     * What people put between or around the digits: spaces, hyphens and dashes of every width, and the long vowel
     * mark a Japanese input method types for "-".
     */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC]");

    /**
     * @throws InvalidLgCodeException      if the value is not six digits
     * @throws LgCodeCheckDigitException if the sixth digit is not the check digit of the first five
     */
    public LgCode {
        Objects.requireNonNull(value, "value");
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidLgCodeException(value);
        }
        int expected = checkDigit(value.substring(0, 5));
        int actual = value.charAt(5) - '0';
        if (expected != actual) {
            throw new LgCodeCheckDigitException(value, expected);
        }
    }

    /**
     * Reads a code as people write it: full-width digits, spaces and hyphens are accepted (NFKC, then separators
     * removed). Five digits are completed with their check digit; six digits must carry the right one.
     *
     * @throws InvalidLgCodeException      if what remains is not five or six digits
     * @throws LgCodeCheckDigitException if six digits were given and the last is not the check digit
     */
    public static LgCode parse(String text) {
        String digits = normalize(text);
        if (FIVE_DIGITS.matcher(digits).matches()) {
            return new LgCode(digits + checkDigit(digits));
        }
        return new LgCode(digits);
    }

    /** {@link #parse(String)} for input that may well be wrong, when the reason does not matter. */
    public static Optional<LgCode> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidLgCodeException e) {
            return Optional.empty();
        }
    }

    /**
     * The check digit of the first five digits d1..d5: with s = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5, it is
     * (11 − s mod 11) mod 10.
     *
     * @throws IllegalArgumentException if the argument is not five ASCII digits
     */
    public static int checkDigit(String firstFiveDigits) {
        if (firstFiveDigits == null || !FIVE_DIGITS.matcher(firstFiveDigits).matches()) {
            throw new IllegalArgumentException("five digits expected: " + firstFiveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (6 - i) * (firstFiveDigits.charAt(i) - '0');
        }
        return (11 - sum % 11) % 10;
    }

    /** The input as {@link #parse(String)} sees it: NFKC, without separators. Never {@code null}. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return SEPARATORS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The first two digits: the prefecture's code (JIS X 0401), e.g. {@code 13} for 東京都. */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    /** The five digits without the check digit, as some statistics publish the code. */
    public String withoutCheckDigit() {
        return value.substring(0, 5);
    }

    /** Whether this is the code of a prefecture itself (e.g. 130001 東京都) rather than of a municipality. */
    public boolean isPrefecture() {
        return value.startsWith("000", 2);
    }

    @Override
    public int compareTo(LgCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
