package jp.tokyo23city.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void startsInApril() {
        assertThat(FiscalYear.of(LocalDate.of(2025, 4, 1))).isEqualTo(new FiscalYear(2025));
        assertThat(FiscalYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FiscalYear(2025));
        assertThat(FiscalYear.of(LocalDate.of(2025, 3, 31))).isEqualTo(new FiscalYear(2024));
    }

    @Test
    void knowsItsFirstAndLastDay() {
        FiscalYear year = new FiscalYear(2025);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(year.contains(LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void isNamedInTheJapaneseEra() {
        assertThat(new FiscalYear(2025).label()).isEqualTo("令和7年度");
        assertThat(new FiscalYear(2019).label()).isEqualTo("令和元年度");
        assertThat(new FiscalYear(2018).label()).isEqualTo("平成30年度");
        assertThat(new FiscalYear(2025).westernLabel()).isEqualTo("2025年度");
    }

    @Test
    void ordersByYear() {
        assertThat(new FiscalYear(2024).compareTo(new FiscalYear(2025))).isNegative();
        assertThat(new FiscalYear(2025).next()).isEqualTo(new FiscalYear(2026));
        assertThat(new FiscalYear(2025).previous()).isEqualTo(new FiscalYear(2024));
    }
}
