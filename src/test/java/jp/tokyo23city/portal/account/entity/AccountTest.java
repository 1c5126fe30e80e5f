package jp.tokyo23city.portal.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void credentialStampChangesWithThePassword() {
        Account account = new Account("tanaka", "田中", "tanaka@example.jp", "hash-1", Set.of("MEMBER_STAFF"), T0);
        String before = account.credentialStamp();

        account.changePassword("hash-2", false, T0.plusSeconds(60));

        assertThat(account.credentialStamp()).isNotEqualTo(before);
        assertThat(account.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void credentialStampDoesNotDependOnTheOrderOfRoles() {
        Account one = new Account("a", "A", "a@example.jp", "h", Set.of("ADMIN", "DESK_CONTACT"), T0);
        Account two = new Account("b", "B", "b@example.jp", "h", Set.of("DESK_CONTACT", "ADMIN"), T0);
        assertThat(one.credentialStamp()).isEqualTo(two.credentialStamp());
    }

    @Test
    void anAccountChosenForSomeoneMustBeChangedAtFirstSignIn() {
        Account account = new Account("tanaka", "田中", "tanaka@example.jp", "hash-1", Set.of("MEMBER_STAFF"), T0);
        account.changePassword("hash-by-admin", true, T0);
        assertThat(account.isPasswordChangeRequired()).isTrue();
    }
}
