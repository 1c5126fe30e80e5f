package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A staff account (職員) of a member, as the colleagues page lists it. */
public record MemberUpkeepStaff(String username, String displayName, String email, boolean enabled,
                                Instant lastLoginAt, boolean self) implements Serializable {

    private static final long serialVersionUID = 1L;

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isSelf() {
        return self;
    }
}
