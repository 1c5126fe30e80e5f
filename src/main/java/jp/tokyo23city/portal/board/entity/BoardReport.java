package jp.tokyo23city.portal.board.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's report of a post to the moderators (admins and ward staff). */
@Entity
@Table(name = "board_report")
public class BoardReport {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected BoardReport() {
    }

    public BoardReport(Long threadId, Long replyId, Long accountId, String reason, Instant now) {
        this.threadId = threadId;
        this.replyId = replyId;
        this.accountId = accountId;
        this.reason = reason;
        this.createdAt = now;
    }

    public void resolve(Instant now) {
        this.resolvedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
