package jp.tokyo23city.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void writesReiwaDateWithWeekday() {
        assertThat(JapaneseDates.wareki(LocalDate.of(2025, 8, 12))).isEqualTo("令和7年8月12日(火)");
    }

    @Test
    void writesTheFirstYearOfAnEraAsGannen() {
        assertThat(JapaneseDates.wareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日(水)");
        assertThat(JapaneseDates.warekiWithoutWeekday(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
    }

    @Test
    void followsTheEraBoundaryOfTheChronology() {
        assertThat(JapaneseDates.warekiWithoutWeekday(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.warekiWithoutWeekday(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
    }

    @Test
    void writesInstantsInJapanTime() {
        // 2025-08-11 23:30 UTC is already the 12th in Tokyo.
        assertThat(JapaneseDates.dateTime(Instant.parse("2025-08-11T23:30:00Z"))).isEqualTo("令和7年8月12日(火) 8:30");
    }

    @Test
    void givesTheIsoDateForMachines() {
        assertThat(JapaneseDates.iso(LocalDate.of(2025, 8, 12))).isEqualTo("2025-08-12");
        assertThat(JapaneseDates.wareki(null)).isEmpty();
    }
}
