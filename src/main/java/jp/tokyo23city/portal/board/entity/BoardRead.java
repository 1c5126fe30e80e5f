package jp.tokyo23city.portal.board.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** When a user last opened a thread: a thread with activity after it is unread. */
@Entity
@Table(name = "board_read")
@IdClass(BoardRead.Key.class)
public class BoardRead {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected BoardRead() {
    }

    public BoardRead(Long accountId, Long threadId, Instant now) {
        this.accountId = accountId;
        this.threadId = threadId;
        this.readAt = now;
    }

    public void read(Instant now) {
        this.readAt = now;
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private Long threadId;

        public Key() {
        }

        public Key(Long accountId, Long threadId) {
            this.accountId = accountId;
            this.threadId = threadId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(threadId, k.threadId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, threadId);
        }
    }
}
