package jp.tokyo23city.portal.event.control;

import jp.tokyo23city.portal.event.entity.SignupStatus;

/**
 * The seat rules of a sign-up (先着順): a seat while seats remain, else the waitlist; with approval, the organiser
 * decides first. When seats free up, the oldest waitlisted sign-ups move up, as many as seats freed.
 */
public final class SeatPlan {

    private SeatPlan() {
    }

    /** Where a new sign-up goes. {@code capacity} null means no limit. */
    public static SignupStatus forNewSignup(Integer capacity, long confirmed, boolean approvalRequired) {
        if (approvalRequired) {
            return SignupStatus.PENDING;
        }
        return hasSeat(capacity, confirmed) ? SignupStatus.CONFIRMED : SignupStatus.WAITLISTED;
    }

    /** Where an approved sign-up goes. */
    public static SignupStatus onApproval(Integer capacity, long confirmed) {
        return hasSeat(capacity, confirmed) ? SignupStatus.CONFIRMED : SignupStatus.WAITLISTED;
    }

    /** How many waitlisted sign-ups move up now. */
    public static int promotions(Integer capacity, long confirmed, long waitlisted) {
        if (capacity == null) {
            return (int) waitlisted;
        }
        return (int) Math.max(0, Math.min(waitlisted, capacity - confirmed));
    }

    /** Seats left (残りN席); null when there is no limit. */
    public static Integer remaining(Integer capacity, long confirmed) {
        return capacity == null ? null : (int) Math.max(0, capacity - confirmed);
    }

    private static boolean hasSeat(Integer capacity, long confirmed) {
        return capacity == null || confirmed < capacity;
    }
}
