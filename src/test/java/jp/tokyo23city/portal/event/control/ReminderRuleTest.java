package jp.tokyo23city.portal.event.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReminderRuleTest {

    private static final LocalDate LECTURE = LocalDate.of(2025, 8, 12);

    @Test
    void dueFromTheConfiguredDaysBeforeUntilTheDayItself() {
        assertThat(ReminderRule.isDue(LocalDate.of(2025, 8, 8), LECTURE, 3)).isFalse();
        assertThat(ReminderRule.isDue(LocalDate.of(2025, 8, 9), LECTURE, 3)).isTrue();
        assertThat(ReminderRule.isDue(LocalDate.of(2025, 8, 11), LECTURE, 3)).isTrue();
        assertThat(ReminderRule.isDue(LECTURE, LECTURE, 3)).isTrue();
    }

    @Test
    void neverAfterTheEventOrWithoutAReminderSet() {
        assertThat(ReminderRule.isDue(LocalDate.of(2025, 8, 13), LECTURE, 3)).isFalse();
        assertThat(ReminderRule.isDue(LocalDate.of(2025, 8, 11), LECTURE, null)).isFalse();
    }
}
