package jp.tokyo23city.portal.board.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's board settings and marks: how to be mailed, the last digest, the last visit of the list. */
@Entity
@Table(name = "board_reader")
public class BoardReader {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false, length = 16)
    private MailMode mailMode;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Column(name = "last_visit_at")
    private Instant lastVisitAt;

    @Version
    private int version;

    protected BoardReader() {
    }

    public BoardReader(Long accountId, Instant now) {
        this.accountId = accountId;
        this.mailMode = MailMode.IMMEDIATE;
        this.lastDigestAt = now;
    }

    public void setMailMode(MailMode mailMode) {
        this.mailMode = mailMode;
    }

    public void digestSent(Instant now) {
        this.lastDigestAt = now;
    }

    public void visited(Instant now) {
        this.lastVisitAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public MailMode getMailMode() {
        return mailMode;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public Instant getLastVisitAt() {
        return lastVisitAt;
    }
}
