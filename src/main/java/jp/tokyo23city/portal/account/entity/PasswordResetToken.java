package jp.tokyo23city.portal.account.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A single-use link to set a new password. Only the SHA-256 of the secret is stored, so a leaked database does not
 * hand out working links.
 */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(name = PasswordResetToken.BY_HASH, query = "SELECT t FROM PasswordResetToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = PasswordResetToken.USE, query = "UPDATE PasswordResetToken t SET t.usedAt = :now "
        + "WHERE t.tokenHash = :hash AND t.usedAt IS NULL AND t.expiresAt > :now")
@NamedQuery(name = PasswordResetToken.OPEN_OF_ACCOUNT,
        query = "SELECT t FROM PasswordResetToken t WHERE t.account = :account AND t.usedAt IS NULL")
public class PasswordResetToken {

    public static final String BY_HASH = "PasswordResetToken.byHash";
    public static final String OPEN_OF_ACCOUNT = "PasswordResetToken.openOfAccount";
    /** Uses a token up in one statement, so that two requests racing with one link cannot both succeed. */
    public static final String USE = "PasswordResetToken.use";
    public static final Duration VALIDITY = Duration.ofMinutes(60);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordResetToken() {
    }

    public PasswordResetToken(Account account, String tokenHash, Instant now) {
        this(account, tokenHash, now, VALIDITY);
    }

    /** A link valid for longer: the first password of a new staff account, set when the mail is read. */
    public PasswordResetToken(Account account, String tokenHash, Instant now, Duration validity) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        this.usedAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
