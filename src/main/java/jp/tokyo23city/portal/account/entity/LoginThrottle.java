package jp.tokyo23city.portal.account.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins for one typed user name, whether or not an account has that name. After
 * {@link #MAX_FAILURES} failures within {@link #WINDOW}, the name is locked for {@link #LOCK}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username, Instant now) {
        this.username = username;
        this.lastFailureAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one more failure; returns true when this failure locks the name. */
    public boolean registerFailure(Instant now) {
        if (lastFailureAt != null && Duration.between(lastFailureAt, now).compareTo(WINDOW) > 0) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            return true;
        }
        return false;
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
