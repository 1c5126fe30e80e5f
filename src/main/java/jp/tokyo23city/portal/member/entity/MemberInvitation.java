package jp.tokyo23city.portal.member.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A colleague invited by a member's staff to get a staff account of that member. Only the SHA-256 of the link's
 * secret is stored.
 */
@Entity
@Table(name = "member_invitation")
@NamedQuery(name = MemberInvitation.BY_HASH, query = "SELECT i FROM MemberInvitation i WHERE i.tokenHash = :hash")
@NamedQuery(name = MemberInvitation.OPEN_OF_MEMBER, query = "SELECT i FROM MemberInvitation i "
        + "WHERE i.memberId = :memberId AND i.acceptedAt IS NULL ORDER BY i.createdAt DESC")
public class MemberInvitation {

    public static final String BY_HASH = "MemberInvitation.byHash";
    public static final String OPEN_OF_MEMBER = "MemberInvitation.openOfMember";
    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(nullable = false, length = Member.EMAIL_MAX)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 64)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected MemberInvitation() {
    }

    public MemberInvitation(Long memberId, String email, String tokenHash, String invitedBy, Instant now) {
        this.memberId = memberId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isUsable(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public void accept(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("This invitation is used up or expired");
        }
        acceptedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getEmail() {
        return email;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
