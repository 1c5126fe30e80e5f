package jp.tokyo23city.portal.member.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo23city.portal.member.entity.MemberConfirmation;
import jp.tokyo23city.portal.platform.FiscalYear;

/**
 * When the yearly re-confirmation of members' contacts happens: on a configured day of each 年度 (1 April unless
 * the office chooses another, e.g. 15 April after the personnel changes settle), with reminders two and four weeks
 * after the request. A day before April belongs to the end of the 年度 (a March date asks in March of its last year).
 */
public final class ReconfirmationSchedule {

    public static final MonthDay DEFAULT_DATE = MonthDay.of(Month.APRIL, 1);
    private static final Pattern MONTH_DAY = Pattern.compile("(?:--)?(\\d{1,2})[-/](\\d{1,2})");

    private final MonthDay date;

    public ReconfirmationSchedule(MonthDay date) {
        this.date = date;
    }

    /**
     * Reads {@code 04-01}, {@code --04-01} or {@code 4/15}.
     *
     * @throws IllegalArgumentException if the text is no day of the year
     */
    public static ReconfirmationSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            return new ReconfirmationSchedule(DEFAULT_DATE);
        }
        Matcher matcher = MONTH_DAY.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a day of the year (MM-DD): " + text);
        }
        try {
            return new ReconfirmationSchedule(MonthDay.of(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2))));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Not a day of the year (MM-DD): " + text, e);
        }
    }

    public MonthDay date() {
        return date;
    }

    /** The day the request goes out in the given 年度; 29 February falls on the 28th in other years. */
    public LocalDate runDate(FiscalYear year) {
        int calendarYear = date.getMonthValue() >= Month.APRIL.getValue() ? year.startYear() : year.startYear() + 1;
        return date.atYear(calendarYear);
    }

    /** Whether the request of the 年度 that {@code today} is in is due (its day has come). */
    public boolean isDue(LocalDate today) {
        return !today.isBefore(runDate(FiscalYear.of(today)));
    }

    /**
     * The 年度 whose request went out last by {@code today}: this 年度 once its day has come, otherwise the previous
     * one. Admins see who has not confirmed for this year.
     */
    public FiscalYear latestRunYear(LocalDate today) {
        FiscalYear current = FiscalYear.of(today);
        return isDue(today) ? current : current.previous();
    }

    /**
     * When the next reminder is due after a request, given the reminders already sent: two weeks after the request,
     * then four weeks after it; none after the second.
     */
    public static Optional<Instant> nextReminderAt(Instant requestedAt, int remindersSent) {
        if (remindersSent >= MemberConfirmation.MAX_REMINDERS) {
            return Optional.empty();
        }
        return Optional.of(requestedAt.plus(MemberConfirmation.REMINDER_AFTER.multipliedBy(remindersSent + 1L)));
    }
}
