package jp.tokyo23city.portal.event.boundary;

/**
 * The sign-up state of an event as the public page shows it: 残りN席, 満席・キャンセル待ち, or closed.
 *
 * @param remaining seats left, null without a limit
 */
public record SeatStatus(boolean enabled, boolean open, Integer remaining, long waitlisted)
        implements java.io.Serializable {

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isOpen() {
        return open;
    }

    public Integer getRemaining() {
        return remaining;
    }

    public boolean isFull() {
        return remaining != null && remaining == 0;
    }

    public boolean isUnlimited() {
        return remaining == null;
    }

    public long getWaitlisted() {
        return waitlisted;
    }
}
