package jp.tokyo23city.portal.member.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tokyo23city.portal.platform.FiscalYear;

class ReconfirmationScheduleTest {

    private final ReconfirmationSchedule firstOfApril = ReconfirmationSchedule.parse("04-01");

    @ParameterizedTest
    @CsvSource({"04-01, 4, 1", "--04-15, 4, 15", "4/15, 4, 15", "' 05-07 ', 5, 7", "03-20, 3, 20"})
    void readsTheDayInTheWaysOperatorsWriteIt(String text, int month, int day) {
        assertThat(ReconfirmationSchedule.parse(text).date()).isEqualTo(MonthDay.of(month, day));
    }

    @Test
    void noSettingMeansTheFirstOfApril() {
        assertThat(ReconfirmationSchedule.parse(null).date()).isEqualTo(MonthDay.of(4, 1));
        assertThat(ReconfirmationSchedule.parse(" ").date()).isEqualTo(MonthDay.of(4, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"April 1", "13-01", "04-31", "2026-04-01", "0401"})
    void refusesWhatIsNoDayOfTheYear(String text) {
        assertThatThrownBy(() -> ReconfirmationSchedule.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRequestOfReiwa8GoesOutOnTheFirstOfApril2026() {
        assertThat(firstOfApril.runDate(new FiscalYear(2026))).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aDayBeforeAprilBelongsToTheEndOfTheFiscalYear() {
        ReconfirmationSchedule march = ReconfirmationSchedule.parse("03-20");
        assertThat(march.runDate(new FiscalYear(2025))).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void the29thOfFebruaryFallsOnThe28thInOtherYears() {
        ReconfirmationSchedule leap = ReconfirmationSchedule.parse("02-29");
        assertThat(leap.runDate(new FiscalYear(2026))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(leap.runDate(new FiscalYear(2027))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-31, true, 2025",
            "2026-04-01, true, 2026",
            "2026-11-29, true, 2026",
            "2027-01-05, true, 2026",
            "2027-03-31, true, 2026",
            "2027-04-01, true, 2027"})
    void acrossTheFiscalYearBoundaryTheFirstOfAprilStartsTheNewRequest(LocalDate today, boolean due, int latest) {
        assertThat(firstOfApril.isDue(today)).isEqualTo(due);
        assertThat(firstOfApril.latestRunYear(today)).isEqualTo(new FiscalYear(latest));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-04-01, false, 2025",
            "2026-04-14, false, 2025",
            "2026-04-15, true, 2026",
            "2027-03-31, true, 2026"})
    void aLaterDayKeepsLastYearsRequestCurrentUntilItComes(LocalDate today, boolean due, int latest) {
        ReconfirmationSchedule fifteenth = ReconfirmationSchedule.parse("04-15");
        assertThat(fifteenth.isDue(today)).isEqualTo(due);
        assertThat(fifteenth.latestRunYear(today)).isEqualTo(new FiscalYear(latest));
    }

    @Test
    void remindersFallTwoAndFourWeeksAfterTheRequestThenNoMore() {
        Instant requested = Instant.parse("2026-03-31T15:00:00Z");
        assertThat(ReconfirmationSchedule.nextReminderAt(requested, 0))
                .contains(requested.plus(Duration.ofDays(14)));
        assertThat(ReconfirmationSchedule.nextReminderAt(requested, 1))
                .contains(requested.plus(Duration.ofDays(28)));
        assertThat(ReconfirmationSchedule.nextReminderAt(requested, 2)).isEmpty();
    }
}
