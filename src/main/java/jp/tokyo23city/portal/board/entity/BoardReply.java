package jp.tokyo23city.portal.board.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reply in a thread; one written by a ward's staff is shown as that ward's answer (〇〇区の回答). */
@Entity
@Table(name = "board_reply")
public class BoardReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String body;

    @Embedded
    private Author author;

    @Column(name = "ward_answer", nullable = false)
    private boolean wardAnswer;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private int version;

    protected BoardReply() {
    }

    public BoardReply(Long threadId, String body, Author author, boolean wardAnswer, Instant now) {
        this.threadId = threadId;
        this.body = body;
        this.author = author;
        this.wardAnswer = wardAnswer;
        this.createdAt = now;
    }

    public void edit(String newBody, Instant now) {
        this.body = newBody;
        this.editedAt = now;
    }

    public void delete(Instant now) {
        this.deletedAt = now;
    }

    public void restore() {
        this.deletedAt = null;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getBody() {
        return body;
    }

    public Author getAuthor() {
        return author;
    }

    public boolean isWardAnswer() {
        return wardAnswer;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isEdited() {
        return editedAt != null;
    }
}
