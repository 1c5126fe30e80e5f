package jp.tokyo23city.portal.platform;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    // Lists show dozens of dates per page: names of eras and weekdays are formatted once, not for every date.
    private static final Map<JapaneseEra, String> ERA_NAMES = new ConcurrentHashMap<>();
    private static final Map<DayOfWeek, String> WEEKDAYS = new EnumMap<>(DayOfWeek.class);

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(day, day.getDisplayName(TextStyle.SHORT, Locale.JAPAN));
        }
    }

    private JapaneseDates() {
    }

    /** 令和7年8月12日(火) */
    public static String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        return warekiWithoutWeekday(date) + "(" + WEEKDAYS.get(date.getDayOfWeek()) + ")";
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
        int minute = local.getMinute();
        return wareki(local.toLocalDate()) + " " + local.getHour() + (minute < 10 ? ":0" : ":") + minute;
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
        String era = ERA_NAMES.computeIfAbsent(date.getEra(), unnamed -> ERA.format(date));
        return era + (year == 1 ? "元" : String.valueOf(year));
    }
}
