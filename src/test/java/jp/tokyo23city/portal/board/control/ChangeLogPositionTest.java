package jp.tokyo23city.portal.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChangeLogPositionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");

    @Test
    void startsAfterTheNewestRowAndMovesToTheHighestApplied() {
        ChangeLogPosition position = new ChangeLogPosition(41);
        position.applied(List.of(42L, 43L), NOW);
        assertThat(position.last()).isEqualTo(43);
        assertThat(position.missing()).isEmpty();
    }

    @Test
    void aRowCommittedAfterAHigherOneIsAskedForAgainUntilItComes() {
        ChangeLogPosition position = new ChangeLogPosition(10);
        position.applied(List.of(11L, 14L), NOW);
        assertThat(position.last()).isEqualTo(14);
        assertThat(position.missing()).containsExactlyInAnyOrder(12L, 13L);

        position.applied(List.of(13L, 15L), NOW.plusSeconds(5));
        assertThat(position.last()).isEqualTo(15);
        assertThat(position.missing()).containsExactly(12L);
    }

    @Test
    void anIdNeverCommittedIsGivenUpAfterAWhile() {
        ChangeLogPosition position = new ChangeLogPosition(10);
        position.applied(List.of(12L), NOW);
        position.applied(List.of(), NOW.plus(ChangeLogPosition.MISSING_WAIT).minusSeconds(1));
        assertThat(position.missing()).containsExactly(11L);
        position.applied(List.of(), NOW.plus(ChangeLogPosition.MISSING_WAIT).plusSeconds(1));
        assertThat(position.missing()).isEmpty();
        assertThat(position.last()).isEqualTo(12);
    }

    @Test
    void aLargeJumpKeepsOnlyTheNearestMissingIds() {
        ChangeLogPosition position = new ChangeLogPosition(0);
        position.applied(List.of(1_000_000L), NOW);
        assertThat(position.missing()).hasSize(ChangeLogPosition.MISSING_MAX).contains(999_999L)
                .doesNotContain(1L);
    }

    @Test
    void isCompleteOnlyBelowTheLowestMissingRow() {
        ChangeLogPosition position = new ChangeLogPosition(10);
        position.applied(List.of(11L, 14L), NOW);
        assertThat(position.complete()).isEqualTo(11);
        position.applied(List.of(12L, 13L), NOW.plusSeconds(5));
        assertThat(position.complete()).isEqualTo(14);
    }
}
