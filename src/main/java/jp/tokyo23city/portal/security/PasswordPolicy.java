package jp.tokyo23city.portal.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must satisfy (OWASP ASVS 5.0 V6.2): long enough, not absurdly long, not the user name and
 * not one of the passwords every attacker tries first. No composition rules: they push people to weaker choices.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "password12345", "123456789012", "qwertyuiopas", "passw0rd1234", "administrator",
            "tokyo23city1", "p@ssw0rd1234", "1234567890ab", "abcdefghijkl", "iloveyou1234", "welcome12345",
            "letmein12345", "changeme1234", "000000000000", "111111111111", "aaaaaaaaaaaa");

    private PasswordPolicy() {
    }

    /** The message key of the first rule broken, if any. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.message.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.message.tooLong");
        }
        String folded = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (username != null && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.message.containsUsername");
        }
        if (COMMON.contains(folded) || folded.chars().distinct().count() <= 2) {
            return Optional.of("password.message.tooCommon");
        }
        return Optional.empty();
    }
}
