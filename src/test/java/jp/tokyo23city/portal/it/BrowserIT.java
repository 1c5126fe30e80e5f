package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The flows people use, in a real browser: signing in, resetting a password by mail, importing the municipality
 * master. Every page on the way must pass axe-core's WCAG 2.0 A and AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    static {
        TestDatabase.reset();
    }

    static final String ADMIN_INITIAL = System.getProperty("portal.it.admin.password", "Admin-Initial-Pass-2026");
    static final String ADMIN_CHANGED = "sapporo-naha-renkei-2026";
    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    @ArquillianResource
    URL base;

    WebDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void adminSignsInChangesTheInitialPasswordAndReachesTheConsole() {
        open("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        Browser.assertAccessible(driver);

        signInAsAdmin();

        open("/admin/index.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("管理");
        assertThat(driver.findElement(By.id("auditTable")).getText()).contains("LOGIN");
        Browser.assertAccessible(driver);

        for (String page : new String[] {"/admin/applications/index.xhtml", "/admin/members/index.xhtml",
                "/admin/members/edit.xhtml", "/admin/members/import.xhtml", "/admin/reconfirmation/index.xhtml",
                "/members/directory.xhtml", "/members/registration.xhtml?member=1"}) {
            open(page);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            assertThat(driver.getPageSource()).as(page).doesNotContain("エラーが発生しました");
            Browser.assertAccessible(driver);
        }
    }

    @Test
    void wrongPasswordShowsAnAccessibleErrorAndKeepsTheUserName() {
        open("/login.xhtml");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("loginForm:username")).sendKeys("ward.chiyoda");
        driver.findElement(By.id("loginForm:password")).sendKeys("not-the-password");
        driver.findElement(By.id("loginForm:submit")).click();

        waitFor(By.className("message-error"));
        assertThat(driver.findElement(By.id("globalMessages")).getText()).contains("ユーザー名またはパスワードが正しくありません。");
        assertThat(driver.findElement(By.id("loginForm:username")).getAttribute("value")).isEqualTo("ward.chiyoda");
        Browser.assertAccessible(driver);
    }

    @Test
    void staffResetTheirPasswordThroughTheMailedLink() throws Exception {
        open("/login.xhtml");
        driver.findElement(By.id("forgotLink")).click();
        waitFor(By.id("resetForm:email"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("resetForm:email")).sendKeys("member.kyotamba@example.jp");
        driver.findElement(By.id("resetForm:submit")).click();
        waitFor(By.id("sent"));
        Browser.assertAccessible(driver);

        String link = linkFrom(awaitMail("member.kyotamba@example.jp", "パスワード再設定のご案内"));
        driver.get(link);
        waitFor(By.id("resetForm:newPassword"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("resetForm:newPassword")).sendKeys("kyotamba-town-renkei-2026");
        driver.findElement(By.id("resetForm:confirmation")).sendKeys("kyotamba-town-renkei-2026");
        driver.findElement(By.id("resetForm:submit")).click();

        waitFor(By.id("loginForm:username"));
        assertThat(driver.findElement(By.id("globalMessages")).getText()).contains("新しいパスワードを設定しました。");
        signIn("member.kyotamba", "kyotamba-town-renkei-2026");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url("/")));
        assertThat(driver.findElement(By.className("header-user")).getText()).contains("member.kyotamba");
    }

    @Test
    void adminImportsTheRealMunicipalityMasterAndReimportingChangesNothing() {
        signInAsAdmin();
        Path file = Path.of(System.getProperty("portal.shared.data", "../shared/data"), "localgovjp-utf8.csv")
                .toAbsolutePath().normalize();

        importFile(file);
        assertThat(count("addedCount") + count("updatedCount") + count("unchangedCount")).isEqualTo(1916);
        assertThat(count("rejectedCount")).isZero();
        Browser.assertAccessible(driver);

        importFile(file);
        assertThat(count("addedCount")).isZero();
        assertThat(count("updatedCount")).isZero();
        assertThat(count("unchangedCount")).isEqualTo(1916);

        open("/admin/municipalities/index.xhtml");
        Browser.assertAccessible(driver);
        lookUp("131017");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("searchForm:codeMessage"), "131017 の6桁目は 6 のはずです"));
        Browser.assertAccessible(driver);

        lookUp("１３１０１");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("foundName"), "千代田区"));
        assertThat(driver.findElement(By.id("foundCode")).getText()).isEqualTo("131016");
    }

    private void lookUp(String code) {
        WebElement input = driver.findElement(By.id("searchForm:code"));
        input.clear();
        input.sendKeys(code);
        driver.findElement(By.id("searchForm:lookUp")).click();
    }

    private void importFile(Path file) {
        open("/admin/municipalities/import.xhtml");
        WebElement upload = driver.findElement(By.cssSelector("#importForm input[type=file]"));
        upload.sendKeys(file.toString());
        WebElement start = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("importForm:startImport")));
        start.click();
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:addedCount")));
    }

    private int count(String id) {
        return Integer.parseInt(driver.findElement(By.id("importForm:" + id)).getText().replaceAll("[^0-9]", ""));
    }

    /** Signs in as the admin, changing the initial password the first time, whichever test comes first. */
    private void signInAsAdmin() {
        signIn("admin", ADMIN_INITIAL);
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().endsWith("/login.xhtml")
                || !d.findElements(By.className("message-error")).isEmpty());
        if (driver.getCurrentUrl().contains("/account/password.xhtml")) {
            assertThat(driver.findElement(By.id("mustChange")).getText()).contains("初回ログイン");
            Browser.assertAccessible(driver);
            driver.findElement(By.id("passwordForm:currentPassword")).sendKeys(ADMIN_INITIAL);
            driver.findElement(By.id("passwordForm:newPassword")).sendKeys(ADMIN_CHANGED);
            driver.findElement(By.id("passwordForm:confirmation")).sendKeys(ADMIN_CHANGED);
            driver.findElement(By.id("passwordForm:submit")).click();
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/account/index.xhtml"));
            assertThat(driver.findElement(By.id("globalMessages")).getText()).contains("パスワードを変更しました。");
            Browser.assertAccessible(driver);
        } else if (driver.getCurrentUrl().contains("/login.xhtml")) {
            signIn("admin", ADMIN_CHANGED);
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url("/")));
        }
    }

    private void signIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private String url(String path) {
        return Deployments.local(base).toString().replaceAll("/$", "") + path;
    }

    private void waitFor(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private String linkFrom(MimeMessage mail) throws Exception {
        Matcher matcher = Pattern.compile("(/password-reset-confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertThat(matcher.find()).isTrue();
        return url(matcher.group(1));
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) throws Exception {
        return Mail.await(MAIL, recipient, subjectPart, 30);
    }
}
