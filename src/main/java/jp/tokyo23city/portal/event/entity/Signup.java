package jp.tokyo23city.portal.event.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's sign-up (申込) for an event: who they are, their answers, where they stand (confirmed, waitlisted …),
 * and the hashes of their cancel and check-in secrets, which only their mail carries.
 */
@Entity
@Table(name = "event_signup")
public class Signup implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;
    public static final int KANA_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SignupStatus status;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = KANA_MAX)
    private String kana;

    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(length = PHONE_MAX)
    private String phone;

    @Lob
    private String answers;

    @Column(name = "cancel_hash", nullable = false, length = 64)
    private String cancelHash;

    @Column(name = "checkin_hash", nullable = false, length = 64)
    private String checkinHash;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private int version;

    protected Signup() {
    }

    public Signup(Long eventId, SignupStatus status, Long accountId, Long memberId, String name, String kana,
                  String organisation, String email, String phone, String answers, String cancelHash,
                  String checkinHash, Instant now) {
        this.eventId = eventId;
        this.status = status;
        this.accountId = accountId;
        this.memberId = memberId;
        this.name = name;
        this.kana = kana;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
        this.answers = answers;
        this.cancelHash = cancelHash;
        this.checkinHash = checkinHash;
        this.createdAt = now;
    }

    /** New cancel and check-in secrets, e.g. when a promotion mails fresh links. */
    public void newSecrets(String cancelHash, String checkinHash) {
        this.cancelHash = cancelHash;
        this.checkinHash = checkinHash;
    }

    public void moveTo(SignupStatus next) {
        this.status = next;
    }

    public void cancel(Instant now) {
        status = SignupStatus.CANCELLED;
        cancelledAt = now;
    }

    /** Checks in once; false if already checked in. */
    public boolean checkIn(Instant now) {
        if (checkedInAt != null) {
            return false;
        }
        checkedInAt = now;
        return true;
    }

    public void undoCheckIn() {
        checkedInAt = null;
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public SignupStatus getStatus() {
        return status;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
