package jp.tokyo23city.portal.board.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A new post or reply to tell followers about; fanned out to mails in the background. */
@Entity
@Table(name = "board_notice")
public class BoardNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "author_account_id", nullable = false)
    private Long authorAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected BoardNotice() {
    }

    public BoardNotice(Long threadId, Long replyId, Long authorAccountId, Instant now) {
        this.threadId = threadId;
        this.replyId = replyId;
        this.authorAccountId = authorAccountId;
        this.createdAt = now;
    }

    public void sent(Instant now) {
        this.sentAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getReplyId() {
        return replyId;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
