package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A town in 京都府 becomes a member, in a real browser: it applies choosing itself from the lists, confirms its
 * address from the mail, an admin approves, and its staff member sets a password and signs in. Every page on the
 * way passes axe-core's WCAG 2.0 A and AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipBrowserIT {

    static {
        TestDatabase.reset();
    }

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
    void aTownAppliesIsApprovedAndItsStaffSignIn() throws Exception {
        AdminSession.importMunicipalityMaster(AdminSession.signIn(new PortalClient(Deployments.local(base))));

        open("/membership/apply.xhtml");
        Browser.assertAccessible(driver);
        new Select(driver.findElement(By.id("applyForm:prefecture"))).selectByVisibleText("京都府");
        waitForMunicipalities(options -> options.contains("南丹市"));
        // Typing the beginning of the reading narrows the list.
        driver.findElement(By.id("applyForm:municipalityQuery")).sendKeys("よさ");
        waitForMunicipalities(options -> !options.contains("南丹市") && options.contains("与謝野町（よさのちょう）"));
        new Select(driver.findElement(By.id("applyForm:municipality"))).selectByValue("264652");
        type("department", "企画財政課");
        type("familyName", "与謝");
        type("givenName", "楓");
        type("familyKana", "ヨサ");
        type("givenKana", "かえで");
        type("email", "kikaku@town.yosano.example.jp");
        type("emailConfirmation", "kikaku@town.yosano.example.jp");
        type("phone", "0772-43-9001");
        type("postalCode", "6292292");
        type("address", "京都府与謝郡与謝野町字岩滝1798番地1");
        driver.findElement(By.id("applyForm:submit")).click();

        // Forgot the consent: the form says so and keeps everything typed.
        waitFor(By.className("message-error"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("個人情報の取扱いへの同意が必要です。");
        assertThat(driver.findElement(By.id("applyForm:familyName")).getAttribute("value")).isEqualTo("与謝");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("applyForm:consent")).click();
        driver.findElement(By.id("applyForm:submit")).click();
        waitFor(By.id("sent"));
        Browser.assertAccessible(driver);

        driver.get(url(link(awaitMail("kikaku@town.yosano.example.jp", "メールアドレス確認"),
                "/membership/verify\\.xhtml\\?token=[A-Za-z0-9_-]+")));
        waitFor(By.id("verified"));
        assertThat(driver.findElement(By.id("verified")).getText()).contains("与謝野町");
        Browser.assertAccessible(driver);

        signIn("admin", AdminSession.CHANGED);
        open("/admin/applications/index.xhtml");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("与謝野町")).click();
        waitFor(By.id("decisionForm:approve"));
        assertThat(driver.findElement(By.id("applicationDetails")).getText()).contains("よさ かえで", "〒629-2292");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("decisionForm:approve")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("globalMessages"), "与謝野町 の会員登録を承認しました。"));
        driver.findElement(By.id("headerForm:logout")).click();
        waitFor(By.id("loggedOut"));

        driver.get(url(link(awaitMail("kikaku@town.yosano.example.jp", "会員登録を承認しました"),
                "/password-reset-confirm\\.xhtml\\?token=[A-Za-z0-9_-]+")));
        waitFor(By.id("resetForm:newPassword"));
        driver.findElement(By.id("resetForm:newPassword")).sendKeys("yosano-kaze-no-machi-2026");
        driver.findElement(By.id("resetForm:confirmation")).sendKeys("yosano-kaze-no-machi-2026");
        driver.findElement(By.id("resetForm:submit")).click();
        waitFor(By.id("loginForm:username"));
        signIn("kikaku@town.yosano.example.jp", "yosano-kaze-no-machi-2026");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url("/")));
        open("/account/index.xhtml");
        assertThat(driver.findElement(By.id("accountDetails")).getText()).contains("会員職員", "与謝野町 企画財政課 与謝 楓");
        Browser.assertAccessible(driver);

        // April: the contact person changes, and the town keeps its registration current.
        open("/members/registration.xhtml");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("contactsForm:contacts:0:edit")).click();
        waitFor(By.id("contactForm:familyName"));
        Browser.assertAccessible(driver);
        replace("contactForm:familyName", "岩滝");
        replace("contactForm:givenName", "浩二");
        replace("contactForm:familyKana", "いわたき");
        replace("contactForm:givenKana", "こうじ");
        driver.findElement(By.id("contactForm:saveContact")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("historyForm:history"), "岩滝 浩二"));
        assertThat(driver.findElement(By.id("historyForm:history")).getText()).contains("与謝 楓");
        Browser.assertAccessible(driver);
        assertThat((String) awaitMail("admin@localhost", "会員の登録内容が変更されました（与謝野町）").getContent())
                .contains("岩滝");
    }

    private void replace(String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the municipality list, which Ajax replaces while the test reads it, shows what is expected. */
    private void waitForMunicipalities(java.util.function.Predicate<String> expected) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> expected.test(d.findElement(By.id("applyForm:municipality")).getText()));
    }

    private void type(String id, String text) {
        driver.findElement(By.id("applyForm:" + id)).sendKeys(text);
    }

    private void signIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().endsWith("/login.xhtml"));
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

    private static String link(MimeMessage mail, String pathPattern) throws Exception {
        return Mail.link(mail, pathPattern);
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) throws Exception {
        return Mail.await(MAIL, recipient, subjectPart, 30);
    }
}
