package jp.tokyo23city.portal.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.member.control.CountHistory.Membership;

class CountHistoryTest {

    private static Membership joined(String on) {
        return new Membership(LocalDate.parse(on), null);
    }

    private static Membership joinedAndLeft(String on, String left) {
        return new Membership(LocalDate.parse(on), LocalDate.parse(left));
    }

    @Test
    void noMembersGiveNoRows() {
        assertThat(CountHistory.compute(List.of(), LocalDate.of(2026, 11, 29))).isEmpty();
    }

    @Test
    void aMemberJoiningOn31MarchCountsInTheYearEndingThatDayAndOneJoiningOn1AprilInTheNext() {
        List<CountHistoryRow> rows = CountHistory.compute(
                List.of(joined("2015-03-31"), joined("2015-04-01")), LocalDate.of(2015, 6, 1));

        assertThat(rows).extracting(CountHistoryRow::fiscalYear).containsExactly(2014, 2015);
        assertThat(rows.get(0).asOf()).isEqualTo(LocalDate.of(2015, 3, 31));
        assertThat(rows.get(0).count()).isEqualTo(1);
        assertThat(rows.get(0).label()).isEqualTo("平成26年度");
        assertThat(rows.get(1).count()).isEqualTo(2);
        assertThat(rows.get(1).isCurrent()).isTrue();
        assertThat(rows.get(1).asOf()).isEqualTo(LocalDate.of(2015, 6, 1));
    }

    @Test
    void aMemberLeavingOn31MarchNoLongerCountsAtThatYearsEnd() {
        List<CountHistoryRow> rows = CountHistory.compute(List.of(joined("2014-09-01"),
                joinedAndLeft("2014-10-01", "2016-03-31"), joinedAndLeft("2014-10-01", "2016-04-01")),
                LocalDate.of(2016, 5, 1));

        assertThat(rows).extracting(CountHistoryRow::count).containsExactly(3L, 2L, 1L);
        assertThat(rows).extracting(CountHistoryRow::change).containsExactly(3L, -1L, -1L);
        assertThat(rows).extracting(CountHistoryRow::left).containsExactly(0L, 1L, 1L);
        assertThat(rows).extracting(CountHistoryRow::joined).containsExactly(3L, 0L, 0L);
    }

    @Test
    void yearsWithoutChangeAreListedAndTheCurrentYearCountsToday() {
        List<CountHistoryRow> rows = CountHistory.compute(List.of(joined("2019-05-01"), joined("2026-11-30")),
                LocalDate.of(2026, 11, 29));

        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).label()).isEqualTo("令和元年度");
        assertThat(rows.get(7).label()).isEqualTo("令和8年度");
        assertThat(rows).extracting(CountHistoryRow::count).containsOnly(1L);
        assertThat(rows).filteredOn(CountHistoryRow::isCurrent).hasSize(1);
    }

    @Test
    void theYearThatFirstReachesAMultipleOfTenIsAMilestoneOnceLike390() {
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < 390; i++) {
            memberships.add(joined(i < 340 ? "2020-06-01" : "2023-01-15"));
        }
        memberships.add(joinedAndLeft("2020-06-01", "2022-01-10"));
        List<CountHistoryRow> rows = CountHistory.compute(memberships, LocalDate.of(2024, 4, 2));

        assertThat(rows).extracting(CountHistoryRow::count).containsExactly(341L, 340L, 390L, 390L, 390L);
        assertThat(rows).extracting(CountHistoryRow::milestone).containsExactly(340L, 0L, 390L, 0L, 0L);
    }
}
