package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;

/**
 * The outcome of trying the rules, with the rule being edited in its place, on a sample inquiry: the desk, and the
 * rule that chose it (none: the default desk).
 */
public record RoutingTest(String deskName, String ruleName, boolean draftMatches) implements Serializable {

    public String getDeskName() {
        return deskName;
    }

    public String getRuleName() {
        return ruleName;
    }

    /** Whether the rule being edited matches the sample by itself, whatever rule comes first. */
    public boolean isDraftMatches() {
        return draftMatches;
    }
}
