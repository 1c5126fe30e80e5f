package jp.tokyo23city.portal.platform;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A Japanese fiscal year (年度), April to March, named by the calendar year it starts in: 令和7年度 is
 * 2025-04-01 to 2026-03-31.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public static FiscalYear of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public static FiscalYear current() {
        return of(JapaneseDates.today());
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /**
     * 令和7年度. The era is the one in force on 1 May of the first year: the year that began in April 2019 under
     * 平成 is called 令和元年度, as the era changed on 1 May 2019. Named that way, no era table is needed.
     */
    public String label() {
        return JapaneseDates.eraYear(LocalDate.of(startYear, Month.MAY, 1)) + "度";
    }

    /** 2025年度 */
    public String westernLabel() {
        return startYear + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
