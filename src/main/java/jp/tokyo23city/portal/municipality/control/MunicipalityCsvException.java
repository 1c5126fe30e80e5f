package jp.tokyo23city.portal.municipality.control;

import java.util.Arrays;
import java.util.List;

/** A list that cannot be read at all: not text, an unknown layout, broken quoting. Nothing of it is imported. */
public class MunicipalityCsvException extends Exception {

    private static final long serialVersionUID = 1L;

    private final CsvProblem problem;
    private final List<String> arguments;

    public MunicipalityCsvException(CsvProblem problem, Object... arguments) {
        this(problem, null, arguments);
    }

    public MunicipalityCsvException(CsvProblem problem, Throwable cause, Object... arguments) {
        this(problem, Arrays.stream(arguments).map(String::valueOf).toList(), cause);
    }

    private MunicipalityCsvException(CsvProblem problem, List<String> arguments, Throwable cause) {
        super(problem.japanese(arguments), cause);
        this.problem = problem;
        this.arguments = arguments;
    }

    public CsvProblem problem() {
        return problem;
    }

    public List<String> arguments() {
        return arguments;
    }
}
