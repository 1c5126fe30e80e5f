package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A member that has not confirmed its registration for a 年度, for the admins' list. */
public record ReconfirmationStatus(Long memberId, String memberName, String prefectureCode, Instant requestedAt,
                                   int remindersSent, Instant lastRemindedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Instant getLastRemindedAt() {
        return lastRemindedAt;
    }
}
