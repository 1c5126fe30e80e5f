package jp.tokyo23city.portal.board.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A committed change of a thread, for the search indexes of the other instances of a cluster to follow. */
@Entity
@Table(name = "board_index_change")
public class BoardIndexChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected BoardIndexChange() {
    }

    public BoardIndexChange(Long threadId, Instant now) {
        this.threadId = threadId;
        this.changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
