package jp.tokyo23city.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.violation("tanaka", "kyoto-tamba-2026-renkei")).isEmpty();
    }

    @Test
    void acceptsJapanesePassphrasesCountedByCharacter() {
        assertThat(PasswordPolicy.violation("tanaka", "東京二十三区と全国の連携です")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.violation("tanaka", "short-pass1")).contains("password.message.tooShort");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.violation("tanaka", "x1".repeat(65))).contains("password.message.tooLong");
    }

    @Test
    void refusesPasswordsContainingTheUserNameEvenInFullWidth() {
        assertThat(PasswordPolicy.violation("tanaka", "ＴＡＮＡＫＡ-ｐａｓｓ-2026")).contains("password.message.containsUsername");
    }

    @Test
    void refusesCommonAndMonotonousPasswords() {
        assertThat(PasswordPolicy.violation("tanaka", "Password1234")).contains("password.message.tooCommon");
        assertThat(PasswordPolicy.violation("tanaka", "abababababab")).contains("password.message.tooCommon");
    }
}
