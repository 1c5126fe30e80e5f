package jp.tokyo23city.portal.inquiry.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @ParameterizedTest(name = "{0} is a holiday ({1})")
    @CsvSource({
            "2026-01-01, 元日",
            "2026-01-12, 成人の日 (2nd Monday)",
            "2026-02-11, 建国記念の日",
            "2026-02-23, 天皇誕生日",
            "2026-03-20, 春分の日",
            "2026-04-29, 昭和の日",
            "2026-05-06, 振替休日 for 憲法記念日 on Sunday 5/3",
            "2026-07-20, 海の日 (3rd Monday)",
            "2026-08-11, 山の日",
            "2026-09-21, 敬老の日",
            "2026-09-22, 国民の休日 between 敬老の日 and 秋分の日",
            "2026-09-23, 秋分の日",
            "2026-10-12, スポーツの日",
            "2026-11-03, 文化の日",
            "2026-11-23, 勤労感謝の日",
            "2025-11-24, 振替休日 for 勤労感謝の日 on Sunday",
            "2024-02-12, 振替休日 for 建国記念の日 on Sunday",
            "2019-05-01, 天皇の即位の日",
            "2019-10-22, 即位礼正殿の儀",
            "2020-07-24, スポーツの日 moved for the Olympics",
            "2021-08-09, 振替休日 for 山の日 on Sunday 8/8",
            "2025-03-20, 春分の日",
            "2024-09-22, 秋分の日 on Sunday",
            "2024-09-23, its 振替休日" })
    void knowsNationalHolidays(LocalDate date, String why) {
        assertThat(BusinessCalendar.isHoliday(date)).as(why).isTrue();
        assertThat(BusinessCalendar.isBusinessDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day ({1})")
    @CsvSource({
            "2026-05-07, Thursday after Golden Week",
            "2026-07-13, Monday before 海の日",
            "2020-10-12, 2nd Monday of October 2020: スポーツの日 had moved",
            "2021-08-11, 山の日 2021 had moved",
            "2026-12-28, the last working day of the year",
            "2027-01-04, the first working day of the year" })
    void workingDaysAreWorkingDays(LocalDate date, String why) {
        assertThat(BusinessCalendar.isBusinessDay(date)).as(why).isTrue();
    }

    @ParameterizedTest(name = "{0} is in the year-end closure")
    @CsvSource({ "2026-12-29", "2026-12-31", "2027-01-02", "2027-01-03" })
    void yearEndClosureIsNotWorking(LocalDate date) {
        assertThat(BusinessCalendar.isYearEndClosure(date)).isTrue();
        assertThat(BusinessCalendar.isBusinessDay(date)).isFalse();
    }

    @ParameterizedTest(name = "received {0}, {1} business days: due {2}")
    @CsvSource({
            "2026-11-27, 3, 2026-12-02",   // Friday: Mon, Tue, Wed
            "2026-04-28, 3, 2026-05-07",   // Golden Week: 4/30, 5/1, then 5/3–5/6 off, 5/7
            "2026-04-30, 3, 2026-05-08",
            "2026-12-25, 3, 2027-01-05",   // year end: 12/28, then 1/4, 1/5
            "2027-01-08, 1, 2027-01-12",   // 成人の日 2027 is 1/11
            "2025-11-21, 1, 2025-11-25",   // Friday before the substitute holiday 11/24
            "2026-09-18, 2, 2026-09-25",   // Silver Week: 9/21–9/23 off
            "2026-05-02, 1, 2026-05-07",   // received on a Saturday in Golden Week
            "2026-11-30, 0, 2026-11-30" })
    void deadlinesSkipNonWorkingDays(LocalDate received, int days, LocalDate due) {
        assertThat(BusinessCalendar.addBusinessDays(received, days)).isEqualTo(due);
    }

    @Test
    void countsBusinessDaysBetweenDates() {
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 8)))
                .isEqualTo(4);
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 8)))
                .isZero();
    }

    @Test
    void equinoxDaysMatchTheObservatoryAnnouncements() {
        assertThat(BusinessCalendar.springEquinoxDay(2027)).isEqualTo(21);
        assertThat(BusinessCalendar.autumnEquinoxDay(2027)).isEqualTo(23);
        assertThat(BusinessCalendar.autumnEquinoxDay(2012)).isEqualTo(22);
    }

    @Test
    void refusesYearsItDoesNotKnow() {
        assertThatThrownBy(() -> BusinessCalendar.isHoliday(LocalDate.of(2100, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
