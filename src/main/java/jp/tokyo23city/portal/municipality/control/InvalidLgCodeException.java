package jp.tokyo23city.portal.municipality.control;

/** Text that is not a 全国地方公共団体コード at all: not five or six digits once normalised. */
public class InvalidLgCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;

    public InvalidLgCodeException(String input) {
        this(input, input == null || input.isEmpty()
                ? "全国地方公共団体コードが入力されていません"
                : "全国地方公共団体コードは5桁または6桁の数字です（「" + input + "」）");
    }

    protected InvalidLgCodeException(String input, String message) {
        super(message);
        this.input = input;
    }

    /** The digits as read, after normalisation. */
    public String input() {
        return input;
    }
}
