package jp.tokyo23city.portal.municipality.control;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A line of a list that was not taken over, and why.
 *
 * @param lineNumber the row as a spreadsheet numbers it, the header being row 1 (the same as the line of a text
 *                   editor unless a quoted value spans lines)
 * @param problem    why
 * @param arguments  the values the message names, already formatted
 */
public record Rejection(long lineNumber, CsvProblem problem, List<String> arguments) implements Serializable {

    public Rejection {
        Objects.requireNonNull(problem, "problem");
        arguments = List.copyOf(arguments);
    }

    public static Rejection of(long lineNumber, CsvProblem problem, Object... arguments) {
        return new Rejection(lineNumber, problem, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** For pages: Expression Language 5.0 (Jakarta EE 10) reads JavaBean getters only, not record components. */
    public long getLineNumber() {
        return lineNumber;
    }

    /** The reason in Japanese, e.g. 「市区町村名が空です。」. */
    public String reason() {
        return problem.japanese(arguments);
    }

    @Override
    public String toString() {
        return lineNumber + " 行目: " + reason();
    }
}
