package jp.tokyo23city.portal.member.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The member count of one 年度: at its end (31 March), or today for the current year. Getters for EL, which cannot
 * read record components.
 *
 * @param fiscalYear the calendar year the 年度 starts in (2025 for 令和7年度)
 * @param label      令和7年度
 * @param asOf       the day counted: 31 March, or today for the current year
 * @param change     the count minus the previous row's (the first row: minus zero)
 * @param joined     members that joined in the year, up to {@code asOf}
 * @param left       members that left in the year, up to {@code asOf}
 * @param milestone  the multiple of {@link CountHistory#MILESTONE_STEP} first reached in this year, or 0
 */
public record CountHistoryRow(int fiscalYear, String label, LocalDate asOf, boolean current, long count, long change,
                              long joined, long left, long milestone) implements Serializable {

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public boolean isCurrent() {
        return current;
    }

    public long getCount() {
        return count;
    }

    public long getChange() {
        return change;
    }

    public long getJoined() {
        return joined;
    }

    public long getLeft() {
        return left;
    }

    public long getMilestone() {
        return milestone;
    }

    public boolean isMilestoneReached() {
        return milestone > 0;
    }
}
