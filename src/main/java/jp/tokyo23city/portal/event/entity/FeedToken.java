package jp.tokyo23city.portal.event.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of an account's secret calendar-feed address (members' events included). */
@Entity
@Table(name = "event_feed_token")
public class FeedToken {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** Whether the feed includes events for ward staff only (the account was ward staff or admin when issued). */
    @Column(nullable = false)
    private boolean wards;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FeedToken() {
    }

    public FeedToken(Long accountId, String tokenHash, boolean wards, Instant now) {
        this.accountId = accountId;
        this.wards = wards;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void renew(String hash, boolean wards, Instant now) {
        tokenHash = hash;
        this.wards = wards;
        createdAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isWards() {
        return wards;
    }

    public String getTokenHash() {
        return tokenHash;
    }
}
