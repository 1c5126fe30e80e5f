package jp.tokyo23city.portal.board.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A user follows a type, a thread or their ward's posts. */
@Entity
@Table(name = "board_follow")
@IdClass(BoardFollow.Key.class)
public class BoardFollow {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 16)
    private FollowKind kind;

    @Id
    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardFollow() {
    }

    public BoardFollow(Long accountId, FollowKind kind, Long targetId, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.targetId = targetId;
        this.createdAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public FollowKind getKind() {
        return kind;
    }

    public Long getTargetId() {
        return targetId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private FollowKind kind;
        private Long targetId;

        public Key() {
        }

        public Key(Long accountId, FollowKind kind, Long targetId) {
            this.accountId = accountId;
            this.kind = kind;
            this.targetId = targetId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && kind == k.kind
                    && Objects.equals(targetId, k.targetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind, targetId);
        }
    }
}
