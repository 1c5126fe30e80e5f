package jp.tokyo23city.portal.board.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** 関心あり: a ward's mark on a thread, one per ward. */
@Entity
@Table(name = "board_interest")
@IdClass(BoardInterest.Key.class)
public class BoardInterest {

    @Id
    @Column(name = "thread_id")
    private Long threadId;

    @Id
    @Column(name = "ward_member_id")
    private Long wardMemberId;

    @Column(name = "ward_name", nullable = false, length = 200)
    private String wardName;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardInterest() {
    }

    public BoardInterest(Long threadId, Long wardMemberId, String wardName, Long accountId, Instant now) {
        this.threadId = threadId;
        this.wardMemberId = wardMemberId;
        this.wardName = wardName;
        this.accountId = accountId;
        this.createdAt = now;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getWardMemberId() {
        return wardMemberId;
    }

    public String getWardName() {
        return wardName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long threadId;
        private Long wardMemberId;

        public Key() {
        }

        public Key(Long threadId, Long wardMemberId) {
            this.threadId = threadId;
            this.wardMemberId = wardMemberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(threadId, k.threadId) && Objects.equals(wardMemberId, k.wardMemberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(threadId, wardMemberId);
        }
    }
}
