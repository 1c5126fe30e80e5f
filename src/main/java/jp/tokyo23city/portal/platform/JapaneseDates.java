package jp.tokyo23city.portal.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The one way the portal writes dates: 和暦 with the weekday (令和7年8月12日(火)), as Japanese public bodies do,
 * with the ISO date alongside where machines read it. Eras come from {@link JapaneseChronology}, never from a table
 * of our own. The first year of an era is written 元年.
 */
public final class JapaneseDates {

    /** Japan has one time zone and no daylight saving time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("E", Locale.JAPAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.JAPAN);

    private JapaneseDates() {
    }

    /** 令和7年8月12日(火) */
    public static String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        return warekiWithoutWeekday(date) + "(" + WEEKDAY.format(date) + ")";
    }

    /** 令和7年8月12日 */
    public static String warekiWithoutWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        return eraYear(japanese) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 令和7年 (for a year heading) */
    public static String eraYear(LocalDate date) {
        return eraYear(JapaneseDate.from(date)) + "年";
    }

    /** 令和7年8月12日(火) 14:05, in Japan time. */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZONE);
        return wareki(local.toLocalDate()) + " " + TIME.format(local);
    }

    /** 2025-08-12, for {@code <time datetime>} and exports. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static String eraYear(JapaneseDate date) {
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return ERA.format(date) + (year == 1 ? "元" : String.valueOf(year));
    }
}
