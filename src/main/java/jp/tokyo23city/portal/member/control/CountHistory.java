package jp.tokyo23city.portal.member.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.tokyo23city.portal.platform.FiscalYear;

/**
 * The member count over time, worked out from when each member joined and left: the count at the end of every
 * 年度 (31 March) from the first year anyone joined, and the count today. No snapshot table is needed, because a
 * member who leaves keeps its row with the day it left; a duplicate merged into another member is left out by the
 * caller, since it never was a member of its own.
 */
public final class CountHistory {

    /**
     * A count that reaches a multiple of this for the first time is a milestone: the project announces its count in
     * tens ("会員登録数が390を突破").
     */
    public static final int MILESTONE_STEP = 10;

    /** One member's time as a member: from the day it joined to the day it left ({@code null} if it has not). */
    public record Membership(LocalDate joinedOn, LocalDate leftOn) {

        public Membership {
            Objects.requireNonNull(joinedOn, "joinedOn");
        }

        /** Whether the member counts at the end of {@code day}: it has joined by then and has not left by then. */
        public boolean countsOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }
    }

    private CountHistory() {
    }

    /**
     * One row per 年度 from the one in which the first member joined to the current one. The rows of past years hold
     * the count on their last day; the current year's row holds today's count ({@link CountHistoryRow#isCurrent()}).
     *
     * @return oldest year first; empty when there are no members
     */
    public static List<CountHistoryRow> compute(List<Membership> memberships, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (memberships.isEmpty()) {
            return List.of();
        }
        LocalDate first = memberships.stream().map(Membership::joinedOn).min(LocalDate::compareTo).orElseThrow();
        FiscalYear current = FiscalYear.of(today);
        FiscalYear year = FiscalYear.of(first);
        if (year.compareTo(current) > 0) {
            year = current;
        }
        List<CountHistoryRow> rows = new ArrayList<>();
        long previous = 0;
        long highestMilestone = 0;
        while (year.compareTo(current) <= 0) {
            boolean isCurrent = year.equals(current);
            LocalDate asOf = isCurrent ? today : year.lastDay();
            LocalDate start = year.firstDay();
            long count = 0;
            long joined = 0;
            long left = 0;
            for (Membership membership : memberships) {
                if (membership.countsOn(asOf)) {
                    count++;
                }
                if (within(membership.joinedOn(), start, asOf)) {
                    joined++;
                }
                if (membership.leftOn() != null && within(membership.leftOn(), start, asOf)) {
                    left++;
                }
            }
            long milestone = count / MILESTONE_STEP * MILESTONE_STEP;
            boolean reached = milestone > highestMilestone;
            if (reached) {
                highestMilestone = milestone;
            }
            rows.add(new CountHistoryRow(year.startYear(), year.label(), asOf, isCurrent, count, count - previous,
                    joined, left, reached ? milestone : 0));
            previous = count;
            year = year.next();
        }
        return List.copyOf(rows);
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
