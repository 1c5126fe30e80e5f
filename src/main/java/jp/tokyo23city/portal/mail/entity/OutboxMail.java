package jp.tokyo23city.portal.mail.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mail waiting to be sent, written in the same transaction as the change it tells about, so that nothing is
 * promised by mail that did not happen, and nothing that happened goes untold when the SMTP server is down.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE, query = "SELECT m.id FROM OutboxMail m "
        + "WHERE m.status = :pending AND m.nextAttemptAt <= :now ORDER BY m.id")
@NamedQuery(name = OutboxMail.CLAIM, query = "UPDATE OutboxMail m SET m.nextAttemptAt = :leaseUntil, "
        + "m.version = m.version + 1 WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt <= :now")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String CLAIM = "OutboxMail.claim";
    public static final int SUBJECT_MAX = 300;
    public static final int MAX_ATTEMPTS = 12;
    /** How long a sender owns a claimed mail; if it dies meanwhile, another picks the mail up afterwards. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    /** Between tries while the SMTP server cannot be reached at all. */
    public static final Duration DEFERRAL = Duration.ofSeconds(30);
    static final String SENT_BODY = "（送信済みのため本文は削除しました）";

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Files sent with the mail (an event's .ics); {@code MailOutbox.markSent} deletes them once sent, like the body. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "sort_order")
    private List<MailAttachment> attachments = new ArrayList<>();

    @Version
    private int version;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX);
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public OutboxMail(String recipient, String subject, String body, List<MailAttachment> attachments, Instant now) {
        this(recipient, subject, body, now);
        this.attachments.addAll(attachments);
    }

    /**
     * Marks the mail sent and drops its body: it may carry a single-use link (a password reset), which must not stay
     * readable in the database once it has left.
     */
    public void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
        body = SENT_BODY;
    }

    /**
     * Tries again later without counting an attempt: the SMTP server could not be reached at all, which says nothing
     * about this mail. An outage of any length therefore loses nothing.
     */
    public void defer(Instant now) {
        nextAttemptAt = now.plus(DEFERRAL);
        lastError = "SMTP server unreachable";
    }

    /** Schedules the next try with exponential back-off (30 s, 1 min, 2 min … capped at 2 h), or gives up. */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        nextAttemptAt = now.plus(backoff(attempts));
    }

    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 8);
        return Duration.ofSeconds(Math.min(seconds, Duration.ofHours(2).toSeconds()));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public List<MailAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
