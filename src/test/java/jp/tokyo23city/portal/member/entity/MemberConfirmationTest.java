package jp.tokyo23city.portal.member.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MemberConfirmationTest {

    private static final Instant REQUESTED = Instant.parse("2026-03-31T15:00:00Z"); // 1 April 0:00 in Japan

    @Test
    void noReminderIsDueBeforeTwoWeeks() {
        MemberConfirmation confirmation = new MemberConfirmation(1L, 2026, REQUESTED);
        assertThat(confirmation.reminderDue(REQUESTED.plus(Duration.ofDays(14)).minusSeconds(1))).isFalse();
        assertThat(confirmation.reminderDue(REQUESTED.plus(Duration.ofDays(14)))).isTrue();
    }

    @Test
    void theSecondReminderIsDueFourWeeksAfterTheRequestNotTwoWeeksAfterTheFirst() {
        MemberConfirmation confirmation = new MemberConfirmation(1L, 2026, REQUESTED);
        // The first reminder went out late, after three weeks (the portal was down).
        confirmation.remind(REQUESTED.plus(Duration.ofDays(21)));
        assertThat(confirmation.reminderDue(REQUESTED.plus(Duration.ofDays(28)).minusSeconds(1))).isFalse();
        assertThat(confirmation.reminderDue(REQUESTED.plus(Duration.ofDays(28)))).isTrue();
    }

    @Test
    void afterTwoRemindersNoneIsDue() {
        MemberConfirmation confirmation = new MemberConfirmation(1L, 2026, REQUESTED);
        confirmation.remind(REQUESTED.plus(Duration.ofDays(14)));
        confirmation.remind(REQUESTED.plus(Duration.ofDays(28)));
        assertThat(confirmation.reminderDue(REQUESTED.plus(Duration.ofDays(365)))).isFalse();
        assertThat(confirmation.getRemindersSent()).isEqualTo(2);
    }

    @Test
    void aConfirmedMemberIsNotRemindedAndKeepsTheFirstConfirmation() {
        MemberConfirmation confirmation = new MemberConfirmation(1L, 2026, REQUESTED);
        confirmation.confirm("member.kyotamba", REQUESTED.plus(Duration.ofDays(3)));
        confirmation.confirm("someone.else", REQUESTED.plus(Duration.ofDays(5)));
        assertThat(confirmation.reminderDue(REQUESTED.plus(Duration.ofDays(20)))).isFalse();
        assertThat(confirmation.getConfirmedBy()).isEqualTo("member.kyotamba");
        assertThat(confirmation.getConfirmedAt()).isEqualTo(REQUESTED.plus(Duration.ofDays(3)));
    }
}
