package jp.tokyo23city.portal.event.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.event.entity.SignupStatus;

class SeatPlanTest {

    @Test
    void aSignUpGetsASeatWhileSeatsRemainAndTheWaitlistAfterwards() {
        assertThat(SeatPlan.forNewSignup(2, 0, false)).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(SeatPlan.forNewSignup(2, 1, false)).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(SeatPlan.forNewSignup(2, 2, false)).isEqualTo(SignupStatus.WAITLISTED);
        assertThat(SeatPlan.forNewSignup(2, 3, false)).as("after a capacity cut").isEqualTo(SignupStatus.WAITLISTED);
    }

    @Test
    void withoutACapacityEveryoneGetsASeat() {
        assertThat(SeatPlan.forNewSignup(null, 10_000, false)).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(SeatPlan.remaining(null, 5)).isNull();
    }

    @Test
    void withApprovalTheOrganiserDecidesFirstAndApprovalThenFollowsTheSeats() {
        assertThat(SeatPlan.forNewSignup(2, 0, true)).isEqualTo(SignupStatus.PENDING);
        assertThat(SeatPlan.onApproval(2, 1)).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(SeatPlan.onApproval(2, 2)).isEqualTo(SignupStatus.WAITLISTED);
    }

    @Test
    void asManyMoveUpAsSeatsFreedAndNoMoreThanWait() {
        assertThat(SeatPlan.promotions(2, 1, 3)).isEqualTo(1);
        assertThat(SeatPlan.promotions(5, 1, 3)).isEqualTo(3);
        assertThat(SeatPlan.promotions(2, 2, 3)).isZero();
        assertThat(SeatPlan.promotions(2, 4, 3)).as("over capacity").isZero();
        assertThat(SeatPlan.promotions(null, 4, 3)).isEqualTo(3);
    }

    @Test
    void remainingSeatsNeverGoBelowZero() {
        assertThat(SeatPlan.remaining(2, 0)).isEqualTo(2);
        assertThat(SeatPlan.remaining(2, 2)).isZero();
        assertThat(SeatPlan.remaining(2, 3)).isZero();
    }
}
