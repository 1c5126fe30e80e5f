package jp.tokyo23city.portal.event.entity;

/** Where a sign-up stands. */
public enum SignupStatus {
    /** 参加確定: holds a seat. */
    CONFIRMED,
    /** キャンセル待ち: moves up when a seat frees, oldest first. */
    WAITLISTED,
    /** 承認待ち: the organiser approves first. */
    PENDING,
    /** キャンセル済み */
    CANCELLED,
    /** 不承認 */
    REJECTED;

    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED || this == PENDING;
    }
}
