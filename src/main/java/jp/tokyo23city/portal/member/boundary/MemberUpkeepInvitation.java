package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An invitation of a colleague whose account has not been used yet; {@code expired} once its link is too old. */
public record MemberUpkeepInvitation(Long id, String email, String invitedBy, Instant createdAt, Instant expiresAt,
                                     boolean expired) implements Serializable {

    private static final long serialVersionUID = 1L;

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

    public boolean isExpired() {
        return expired;
    }
}
