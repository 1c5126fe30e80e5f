package jp.tokyo23city.portal.event.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.platform.JapaneseDates;

/** /events/calendar.xhtml?month=2025-08: a month as a table of weeks (Sunday first), each day with its events. */
@Named
@RequestScoped
public class EventCalendarBacking {

    @Inject
    EventService events;

    private String month;
    private YearMonth shown;
    private List<List<Day>> weeks;

    /** One cell of the month. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<ProjectEvent> events) {
        public LocalDate getDate() {
            return date;
        }

        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }

        public boolean isInMonth() {
            return inMonth;
        }

        public boolean isToday() {
            return today;
        }

        public List<ProjectEvent> getEvents() {
            return events;
        }
    }

    public void load() {
        try {
            shown = month == null ? YearMonth.from(JapaneseDates.today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            shown = YearMonth.from(JapaneseDates.today());
        }
        List<ProjectEvent> inMonth = events.month(shown, null);
        LocalDate today = JapaneseDates.today();
        LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        weeks = new ArrayList<>();
        while (!day.isAfter(last)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate d = day;
                // Long exhibitions would fill every cell: they are shown on their first day and the 1st of the month.
                List<ProjectEvent> onDay = inMonth.stream().filter(e -> e.getStartsOn().equals(d)
                        || d.getDayOfMonth() == 1 && e.getStartsOn().isBefore(d) && !e.getEndsOn().isBefore(d)).toList();
                week.add(new Day(d, YearMonth.from(d).equals(shown), d.equals(today), onDay));
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
    }

    public String getTitle() {
        return JapaneseDates.eraYear(shown.atDay(1)) + shown.getMonthValue() + "月";
    }

    public String getPrevious() {
        return shown.minusMonths(1).toString();
    }

    public String getNext() {
        return shown.plusMonths(1).toString();
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
