package jp.tokyo23city.portal.municipality.control;

/**
 * Six digits whose last is not the check digit of the first five: usually a typing slip, so the message names the
 * digit that would have been right.
 */
public class LgCodeCheckDigitException extends InvalidLgCodeException {

    private static final long serialVersionUID = 1L;

    private final int expectedDigit;

    public LgCodeCheckDigitException(String input, int expectedDigit) {
        super(input, "検査数字が正しくありません（" + input + " の6桁目は " + expectedDigit + " のはずです）");
        this.expectedDigit = expectedDigit;
    }

    /** The check digit the first five digits call for. */
    public int expectedDigit() {
        return expectedDigit;
    }

    /** The digit that was given instead. */
    public int actualDigit() {
        return input().charAt(5) - '0';
    }

    /** The code with the check digit put right; whether that is the code meant is for the person to say. */
    public String correctedCode() {
        return input().substring(0, 5) + expectedDigit;
    }
}
