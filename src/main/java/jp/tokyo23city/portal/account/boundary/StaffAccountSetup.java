package jp.tokyo23city.portal.account.boundary;

import java.time.Instant;

/** A new staff account: its user name and the single-use link to set its first password. */
public record StaffAccountSetup(String username, String link, Instant expiresAt) {
}
