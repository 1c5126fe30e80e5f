package jp.tokyo23city.portal.board.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** What happened to a thread besides replies: an edit (with the text before it), a status change, moderation. */
@Entity
@Table(name = "board_history")
public class BoardHistory {

    /** The kinds of history entries. */
    public enum Kind {
        EDITED, STATUS, HIDDEN, SHOWN, LOCKED, UNLOCKED, PINNED, UNPINNED, DELETED, RESTORED, APPROVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(length = 200)
    private String detail;

    @Column(name = "old_title", length = BoardThread.TITLE_MAX)
    private String oldTitle;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "old_body")
    private String oldBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardHistory() {
    }

    public BoardHistory(Long threadId, Long replyId, Kind kind, Long accountId, String actorName, String detail,
                        String oldTitle, String oldBody, Instant now) {
        this.threadId = threadId;
        this.replyId = replyId;
        this.kind = kind;
        this.accountId = accountId;
        this.actorName = actorName;
        this.detail = detail;
        this.oldTitle = oldTitle;
        this.oldBody = oldBody;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getReplyId() {
        return replyId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public String getDetail() {
        return detail;
    }

    public String getOldTitle() {
        return oldTitle;
    }

    public String getOldBody() {
        return oldBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
