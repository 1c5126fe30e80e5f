package jp.tokyo23city.portal.inquiry.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Japanese business days for deadlines: not Saturday or Sunday, not a national holiday (国民の祝日, including 振替休日
 * and 国民の休日) and not in the year-end closure (年末年始, 29 December to 3 January).
 * <p>
 * Holidays follow 国民の祝日に関する法律 as amended up to today, from 2000: fixed days, the Happy Monday days, the
 * equinox days from the published approximation (valid 1980–2099), 振替休日 (a holiday on a Sunday moves to the next
 * day that is not a holiday), 国民の休日 (a weekday between two holidays), and the one-off changes of 2019 (the
 * enthronement) and 2020–2021 (the Olympic Games).
 */
public final class BusinessCalendar {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;
    private static final ConcurrentMap<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private BusinessCalendar() {
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isYearEndClosure(date) && !isHoliday(date);
    }

    /** 12/29 – 1/3. */
    public static boolean isYearEndClosure(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(MonthDay.of(12, 29)) || !day.isAfter(MonthDay.of(1, 3));
    }

    public static boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    /**
     * The {@code days}-th business day after {@code from}: the deadline of something received on {@code from}
     * (received on a Friday with 3 days: the Wednesday after, when nothing is a holiday).
     */
    public static LocalDate addBusinessDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isBusinessDay(date)) {
                count++;
            }
        }
        return count;
    }

    static Set<LocalDate> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Holidays are known for " + FIRST_YEAR + "–" + LAST_YEAR + ": " + year);
        }
        return HOLIDAYS.computeIfAbsent(year, BusinessCalendar::compute);
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, 1, 1));                                   // 元日
        days.add(nthMonday(year, 1, 2));                                      // 成人の日
        days.add(LocalDate.of(year, 2, 11));                                  // 建国記念の日
        if (year >= 2020) {
            days.add(LocalDate.of(year, 2, 23));                              // 天皇誕生日
        } else if (year <= 2018) {
            days.add(LocalDate.of(year, 12, 23));
        }
        days.add(LocalDate.of(year, 3, springEquinoxDay(year)));             // 春分の日
        days.add(LocalDate.of(year, 4, 29));                                  // 昭和の日 (みどりの日 until 2006)
        days.add(LocalDate.of(year, 5, 3));                                   // 憲法記念日
        if (year >= 2007) {
            days.add(LocalDate.of(year, 5, 4));                               // みどりの日
        }
        days.add(LocalDate.of(year, 5, 5));                                   // こどもの日
        days.add(marineDay(year));                                            // 海の日
        LocalDate mountainDay = mountainDay(year);                            // 山の日
        if (mountainDay != null) {
            days.add(mountainDay);
        }
        days.add(year >= 2003 ? nthMonday(year, 9, 3) : LocalDate.of(year, 9, 15)); // 敬老の日
        days.add(LocalDate.of(year, 9, autumnEquinoxDay(year)));             // 秋分の日
        days.add(sportsDay(year));                                            // スポーツの日 (体育の日)
        days.add(LocalDate.of(year, 11, 3));                                  // 文化の日
        days.add(LocalDate.of(year, 11, 23));                                 // 勤労感謝の日
        if (year == 2019) {                                                   // 天皇の即位
            days.add(LocalDate.of(2019, 4, 30));
            days.add(LocalDate.of(2019, 5, 1));
            days.add(LocalDate.of(2019, 5, 2));
            days.add(LocalDate.of(2019, 10, 22));
        }
        Set<LocalDate> fixed = Set.copyOf(days);
        // 国民の休日: a day between two holidays (not a Sunday, not a holiday itself).
        for (LocalDate day : fixed) {
            LocalDate between = day.plusDays(1);
            if (!fixed.contains(between) && fixed.contains(between.plusDays(1))
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(between);
            }
        }
        // 振替休日: a holiday on a Sunday makes the next day that is not a holiday one (since 2007).
        for (LocalDate day : fixed) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (days.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.add(substitute);
            }
        }
        return Set.copyOf(days);
    }

    private static LocalDate marineDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> year >= 2003 ? nthMonday(year, 7, 3) : LocalDate.of(year, 7, 20);
        };
    }

    private static LocalDate mountainDay(int year) {
        if (year < 2016) {
            return null;
        }
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 8, 10);
            case 2021 -> LocalDate.of(2021, 8, 8);
            default -> LocalDate.of(year, 8, 11);
        };
    }

    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> nthMonday(year, 10, 2);
        };
    }

    private static LocalDate nthMonday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** The approximation the National Astronomical Observatory's announcements agree with for 1980–2099. */
    static int springEquinoxDay(int year) {
        int y = year - 1980;
        return (int) Math.floor(20.8431 + 0.242194 * y - Math.floor(y / 4.0));
    }

    static int autumnEquinoxDay(int year) {
        int y = year - 1980;
        return (int) Math.floor(23.2488 + 0.242194 * y - Math.floor(y / 4.0));
    }
}
