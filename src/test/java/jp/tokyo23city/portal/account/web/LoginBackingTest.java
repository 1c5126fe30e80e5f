package jp.tokyo23city.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginBackingTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
            "/login.xhtml?next=/admin", "/x\r\nSet-Cookie: a=b"})
    void neverRedirectsOutsideThePortal(String next) {
        LoginBacking backing = new LoginBacking();
        backing.setNext(next);
        assertThat(backing.safeNext()).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/index.xhtml", "/account/index.xhtml?tab=1"})
    void returnsToThePageFirstAskedFor(String next) {
        LoginBacking backing = new LoginBacking();
        backing.setNext(next);
        assertThat(backing.safeNext()).isEqualTo(next);
    }
}
