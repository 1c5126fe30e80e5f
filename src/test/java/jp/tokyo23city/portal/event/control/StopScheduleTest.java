package jp.tokyo23city.portal.event.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.event.entity.EventStop;
import jp.tokyo23city.portal.event.entity.EventStop.Phase;

class StopScheduleTest {

    private final EventStop ecom = new EventStop("ECOM駿河台", null, LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 20));
    private final EventStop chiyoda = new EventStop("千代田区役所", null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));
    private final EventStop shinjuku = new EventStop("新宿区役所", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));

    @Test
    void theStopOnShowTodayIsCurrentWithPastAndFutureAroundIt() {
        StopSchedule schedule = new StopSchedule(List.of(shinjuku, ecom, chiyoda), LocalDate.of(2025, 7, 15));
        assertThat(schedule.current()).containsSame(chiyoda);
        assertThat(schedule.past()).containsExactly(ecom);
        assertThat(schedule.future()).containsExactly(shinjuku);
        assertThat(schedule.all()).containsExactly(ecom, chiyoda, shinjuku);
    }

    @Test
    void firstAndLastDaysBelongToTheStop() {
        assertThat(new StopSchedule(List.of(ecom, chiyoda), LocalDate.of(2025, 5, 12)).current()).containsSame(ecom);
        assertThat(new StopSchedule(List.of(ecom, chiyoda), LocalDate.of(2025, 6, 20)).current()).containsSame(ecom);
        assertThat(ecom.phaseOn(LocalDate.of(2025, 6, 21))).isEqualTo(Phase.PAST);
        assertThat(ecom.phaseOn(LocalDate.of(2025, 5, 11))).isEqualTo(Phase.FUTURE);
    }

    @Test
    void betweenStopsNoneIsCurrentAndTheNextIsNamed() {
        StopSchedule schedule = new StopSchedule(List.of(ecom, chiyoda, shinjuku), LocalDate.of(2025, 8, 15));
        assertThat(schedule.current()).isEmpty();
        assertThat(schedule.next()).containsSame(shinjuku);
        assertThat(schedule.past()).containsExactly(ecom, chiyoda);
    }

    @Test
    void afterTheLastStopAllArePast() {
        StopSchedule schedule = new StopSchedule(List.of(ecom, chiyoda, shinjuku), LocalDate.of(2026, 1, 1));
        assertThat(schedule.current()).isEmpty();
        assertThat(schedule.next()).isEmpty();
        assertThat(schedule.past()).hasSize(3);
    }
}
