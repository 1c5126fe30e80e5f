package jp.tokyo23city.portal.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void locksAfterFiveFailuresInAWindow() {
        LoginThrottle throttle = new LoginThrottle("tanaka", T0);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.registerFailure(T0.plusSeconds(i))).isFalse();
        }
        assertThat(throttle.registerFailure(T0.plusSeconds(5))).isTrue();
        assertThat(throttle.isLocked(T0.plusSeconds(6))).isTrue();
    }

    @Test
    void unlocksAfterTheLockPeriod() {
        LoginThrottle throttle = new LoginThrottle("tanaka", T0);
        for (int i = 0; i < 5; i++) {
            throttle.registerFailure(T0);
        }
        assertThat(throttle.isLocked(T0.plus(LoginThrottle.LOCK).minusSeconds(1))).isTrue();
        assertThat(throttle.isLocked(T0.plus(LoginThrottle.LOCK))).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        LoginThrottle throttle = new LoginThrottle("tanaka", T0);
        for (int i = 0; i < 4; i++) {
            throttle.registerFailure(T0);
        }
        Instant later = T0.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.registerFailure(later)).isFalse();
        assertThat(throttle.getFailures()).isEqualTo(1);
    }
}
