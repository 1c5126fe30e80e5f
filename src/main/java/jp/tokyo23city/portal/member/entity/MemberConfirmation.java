package jp.tokyo23city.portal.member.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The yearly request to a member to confirm or update its contacts (staff change every April): one per member and
 * 年度, with reminders after two and four weeks until someone of the member confirms.
 */
@Entity
@Table(name = "member_confirmation")
public class MemberConfirmation {

    /** Reminders go out this long after the request, then again after twice as long. */
    public static final Duration REMINDER_AFTER = Duration.ofDays(14);
    public static final int MAX_REMINDERS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Version
    private int version;

    protected MemberConfirmation() {
    }

    public MemberConfirmation(Long memberId, int fiscalYear, Instant now) {
        this.memberId = memberId;
        this.fiscalYear = fiscalYear;
        this.requestedAt = now;
    }

    /** Whether a reminder is due now: not confirmed, fewer than two sent, two (then four) weeks after the request. */
    public boolean reminderDue(Instant now) {
        if (confirmedAt != null || remindersSent >= MAX_REMINDERS) {
            return false;
        }
        return !now.isBefore(requestedAt.plus(REMINDER_AFTER.multipliedBy(remindersSent + 1L)));
    }

    public void remind(Instant now) {
        remindersSent++;
        lastRemindedAt = now;
    }

    public void confirm(String by, Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
            confirmedBy = by;
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public int getFiscalYear() {
        return fiscalYear;
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

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
