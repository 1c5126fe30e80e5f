package jp.tokyo23city.portal.member.control;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * Input of a member's registration that cannot be stored, with every wrong field at once (field id → reason), so that
 * the page can say next to each field what is wrong instead of stopping at the first.
 */
@ApplicationException(rollback = true)
public class MemberUpkeepInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** One field's reason: a key of the UI bundle and the arguments of its pattern (Strings and Integers only). */
    public record Problem(String messageKey, Object... arguments) implements Serializable {
    }

    private final LinkedHashMap<String, Problem> problems;

    public MemberUpkeepInputException(Map<String, Problem> problems) {
        super(String.valueOf(problems.keySet()));
        this.problems = new LinkedHashMap<>(problems);
    }

    /** The wrong fields in form order, each with its reason. */
    public Map<String, Problem> problems() {
        return Collections.unmodifiableMap(problems);
    }
}
