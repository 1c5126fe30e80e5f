package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Accounts and security over HTTP against a real Payara Micro, a real database and a real SMTP server (GreenMail):
 * what a person or an attacker sees. Each test signs in as its own account, so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

    static {
        TestDatabase.reset();
    }

    static final String ADMIN_PASSWORD = System.getProperty("portal.it.admin.password", "Admin-Initial-Pass-2026");
    static final String DEMO_PASSWORD = "demo-password-2026";
    /** What a page would show if it leaked a stack trace. */
    static final String STACK_TRACE = "at jp.tokyo23city";

    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    @ArquillianResource
    URL base;

    PortalClient browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void newBrowser() {
        browser = new PortalClient(uri());
    }

    @Test
    void homePageIsJapaneseAndSendsSecurityHeaders() {
        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"ja\"", "特別区全国連携プロジェクトとは", "本文へ移動", "会員登録数",
                "id=\"memberCountHistory\"");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "'nonce-");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("payara");
        assertThat(home.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(home.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void visitorsSwitchToEnglishAndBack() {
        HttpResponse<String> english = browser.submit("/", "headerForm", Map.of(), "language");
        assertThat(english.body()).contains("lang=\"en\"", "About the project", "Skip to main content");

        HttpResponse<String> japanese = browser.submit("/", "headerForm", Map.of(), "language");
        assertThat(japanese.body()).contains("lang=\"ja\"", "特別区全国連携プロジェクトとは");
    }

    @Test
    void firstAdminSignsInWithANewSessionIdAndMustChangeThePassword() throws InterruptedException {
        browser.get("/login.xhtml");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signedIn = browser.login("admin", ADMIN_PASSWORD);

        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(signedIn.uri().getPath()).isEqualTo("/account/password.xhtml");
        assertThat(signedIn.body()).contains("初回ログインのため、パスワードを変更してください");
        assertThat(browser.get("/admin/index.xhtml").uri().getPath()).isEqualTo("/account/password.xhtml");

        HttpResponse<String> wrongCurrent = changePassword("not-the-password", "kyoto-tamba-renkei-2026");
        assertThat(wrongCurrent.body()).contains("現在のパスワードが正しくありません。");
        HttpResponse<String> tooShort = changePassword(ADMIN_PASSWORD, "short-1");
        assertThat(tooShort.body()).contains("パスワードは12文字以上にしてください。");

        PortalClient otherSession = new PortalClient(uri());
        otherSession.login("admin", ADMIN_PASSWORD);
        HttpResponse<String> changed = changePassword(ADMIN_PASSWORD, "kyoto-tamba-renkei-2026");
        assertThat(changed.body()).contains("パスワードを変更しました。");
        Thread.sleep(6000);
        assertThat(otherSession.get("/account/password.xhtml").uri().getPath())
                .as("another session of the account ends with the old password").isEqualTo("/login.xhtml");
        HttpResponse<String> console = browser.get("/admin/index.xhtml");
        assertThat(console.uri().getPath()).isEqualTo("/admin/index.xhtml");
        assertThat(console.body()).contains("最近のセキュリティ記録", "PASSWORD_CHANGED", "LOGIN");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String wrongPassword = browser.login("ward.chiyoda", "not-the-password").body();
        String unknownUser = new PortalClient(uri()).login("nobody-at-all", "not-the-password").body();

        assertThat(wrongPassword).contains("ユーザー名またはパスワードが正しくありません。");
        assertThat(unknownUser).contains("ユーザー名またはパスワードが正しくありません。");
    }

    @Test
    void repeatedFailuresLockTheNameWhetherOrNotAnAccountHasIt() {
        for (int i = 0; i < 5; i++) {
            browser.login("member.kyotamba", "wrong-password-" + i);
            new PortalClient(uri()).login("no-such-user", "wrong-password-" + i);
        }

        String realUser = browser.login("member.kyotamba", DEMO_PASSWORD).body();
        String unknownUser = new PortalClient(uri()).login("no-such-user", DEMO_PASSWORD).body();

        assertThat(realUser).contains("ログインを15分間停止しています");
        assertThat(unknownUser).contains("ログインを15分間停止しています");
        assertThat(browser.get("/account/index.xhtml").uri().getPath()).isEqualTo("/login.xhtml");
    }

    @Test
    void passwordIsResetThroughASingleUseLinkSentByMail() throws Exception {
        HttpResponse<String> requested = browser.submit("/password-reset.xhtml", "resetForm",
                Map.of("email", "DESK.PROJECT@example.jp"), "submit");
        assertThat(requested.body()).contains("パスワード再設定用のメールをお送りしました");

        MimeMessage mail = awaitMailTo("desk.project@example.jp", "パスワード再設定のご案内");
        String link = extract("(/password-reset-confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)", (String) mail.getContent());

        String form = browser.get(link).body();
        assertThat(form).contains("新しいパスワードを2回入力してください。");
        HttpResponse<String> mismatch = browser.post(link, form, "resetForm",
                Map.of("newPassword", "tokyo-23-wards-desk-2026", "confirmation", "something-else-2026"), "submit");
        assertThat(mismatch.body()).contains("新しいパスワードと確認用のパスワードが一致しません。");

        form = browser.get(link).body();
        HttpResponse<String> done = browser.post(link, form, "resetForm",
                Map.of("newPassword", "tokyo-23-wards-desk-2026", "confirmation", "tokyo-23-wards-desk-2026"), "submit");
        assertThat(done.body()).contains("新しいパスワードを設定しました。");

        PortalClient desk = new PortalClient(uri());
        assertThat(desk.login("desk.project", "tokyo-23-wards-desk-2026").uri().getPath()).isEqualTo("/");
        assertThat(new PortalClient(uri()).get(link).body()).contains("このリンクは無効か、有効期限（60分）が切れています。");
        awaitMailTo("desk.project@example.jp", "パスワードを再設定しました");
    }

    @Test
    void resetForAnUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
        int before = MAIL.getReceivedMessages().length;

        HttpResponse<String> requested = browser.submit("/password-reset.xhtml", "resetForm",
                Map.of("email", "nobody@example.jp"), "submit");

        assertThat(requested.body()).contains("パスワード再設定用のメールをお送りしました");
        Thread.sleep(3000);
        assertThat(MAIL.getReceivedMessagesForDomain("nobody@example.jp")).isEmpty();
        assertThat(MAIL.getReceivedMessages().length).isGreaterThanOrEqualTo(before);
    }

    @Test
    void mailWaitsInTheOutboxWhileTheSmtpServerIsDownAndIsSentAfterwards() throws Exception {
        MAIL.stop();
        try {
            HttpResponse<String> requested = browser.submit("/password-reset.xhtml", "resetForm",
                    Map.of("email", "ward.chiyoda@example.jp"), "submit");
            // The request does not wait for SMTP, and does not fail because of it.
            assertThat(requested.statusCode()).isEqualTo(200);
            assertThat(requested.body()).contains("パスワード再設定用のメールをお送りしました");
            Thread.sleep(3000);
        } finally {
            MAIL.start();
        }
        // The first attempt failed; the retry comes 30 s later.
        MimeMessage mail = awaitMailTo("ward.chiyoda@example.jp", "パスワード再設定のご案内", 90);
        assertThat((String) mail.getContent()).contains("/password-reset-confirm.xhtml?token=");
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndStaffWithoutTheRoleAreRefused() {
        HttpResponse<String> anonymous = browser.getWithoutRedirect("/admin/index.xhtml");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse(""))
                .contains("/login.xhtml?next=%2Fadmin%2Findex.xhtml");

        HttpResponse<String> signedIn = browser.login("ward.chiyoda", DEMO_PASSWORD);
        assertThat(signedIn.uri().getPath()).isEqualTo("/");
        HttpResponse<String> admin = browser.get("/admin/index.xhtml");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("このページを表示する権限がありません").doesNotContain(STACK_TRACE);
    }

    @Test
    void signingInReturnsToThePageFirstAskedFor() {
        HttpResponse<String> login = browser.get("/account/index.xhtml");
        assertThat(login.uri().getPath()).isEqualTo("/login.xhtml");

        HttpResponse<String> back = browser.post(login.uri().getPath() + "?" + login.uri().getRawQuery(), login.body(),
                "loginForm", Map.of("username", "ward.chiyoda", "password", DEMO_PASSWORD, "next", "/account/index.xhtml"),
                "submit");

        assertThat(back.uri().getPath()).isEqualTo("/account/index.xhtml");
        assertThat(back.body()).contains("ward.chiyoda", "特別区職員");
    }

    @Test
    void signingOutInvalidatesTheSession() {
        browser.login("ward.chiyoda", DEMO_PASSWORD);
        String session = browser.sessionId().orElseThrow();
        assertThat(browser.get("/account/index.xhtml").uri().getPath()).isEqualTo("/account/index.xhtml");

        HttpResponse<String> out = browser.submit("/account/index.xhtml", "headerForm", Map.of(), "logout");
        assertThat(out.body()).contains("ログアウトしました。");

        PortalClient replay = new PortalClient(uri());
        replay.useSessionId(session);
        assertThat(replay.get("/account/index.xhtml").uri().getPath()).isEqualTo("/login.xhtml");
    }

    @Test
    void errorPagesAreJapaneseWithoutTechnicalDetails() {
        HttpResponse<String> missing = browser.get("/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("ページが見つかりません").doesNotContain(STACK_TRACE).doesNotContain("Payara");

        String page = browser.get("/password-reset.xhtml").body();
        HttpResponse<String> expired = browser.postRaw("/password-reset.xhtml", Map.of(
                "resetForm", "resetForm", "resetForm:email", "a@example.jp", "resetForm:submit", "",
                "jakarta.faces.ViewState", "-1234:5678", "primefaces.nonce", extract("csp.init\\('([^']+)'", page)));
        assertThat(expired.body()).contains("画面の有効期限が切れました").doesNotContain(STACK_TRACE);
    }

    @Test
    void healthAndMetricsAreServed() {
        HttpResponse<String> ready = browser.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"", "UP");
        assertThat(browser.get("/health/live").body()).contains("UP");
        assertThat(browser.get("/metrics").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> changePassword(String current, String newPassword) {
        return browser.submit("/account/password.xhtml", "passwordForm",
                Map.of("currentPassword", current, "newPassword", newPassword, "confirmation", newPassword), "submit");
    }

    private MimeMessage awaitMailTo(String recipient, String subjectPart) throws Exception {
        return Mail.await(MAIL, recipient, subjectPart, 30);
    }

    private MimeMessage awaitMailTo(String recipient, String subjectPart, int seconds) throws Exception {
        return Mail.await(MAIL, recipient, subjectPart, seconds);
    }

    private URI uri() {
        return Deployments.local(base);
    }

    private static String extract(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }
}
