package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * An inquiry in a real browser: a member of the public asks about registration with a PDF attached, the foundation's
 * desk contact takes it, replies, and the sender reads the answer from the link of the confirmation mail; an admin
 * looks at the desks, the routing rules and the deadline figures. Every page passes axe-core's WCAG 2.0 A and AA
 * rules.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryBrowserIT {

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
    void aQuestionIsAskedAnsweredAndTheAnswerReadFromTheMailLink() throws Exception {
        open("/");
        driver.findElement(By.linkText("お問い合わせ")).click();
        waitFor(By.id("inquiryForm:submit"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("公益財団法人特別区協議会 事業部事業推進課",
                "03-5210-9080");
        Browser.assertAccessible(driver);

        new Select(driver.findElement(By.id("inquiryForm:type"))).selectByVisibleText("会員登録について");
        type("name", "高橋 一郎");
        type("kana", "たかはし いちろう");
        type("organisation", "〇〇市 企画課");
        type("email", "takahashi@city.example.jp");
        type("emailConfirmation", "takahashi@city.example.jp");
        type("subject", "会員登録の申込書について");
        type("message", "申込書を添付します。記入方法に誤りがないかご確認ください。");
        Path pdf = Files.createTempFile("申込書", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        driver.findElement(By.id("inquiryForm:file")).sendKeys(pdf.toString());
        driver.findElement(By.id("inquiryForm:submit")).click();

        // Forgot the consent: the form says so and keeps what was typed (the file must be chosen again).
        waitFor(By.className("message-error"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("個人情報の取扱いへの同意が必要です。");
        assertThat(driver.findElement(By.id("inquiryForm:message")).getAttribute("value"))
                .isEqualTo("申込書を添付します。記入方法に誤りがないかご確認ください。");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("inquiryForm:file")).sendKeys(pdf.toString());
        driver.findElement(By.id("inquiryForm:consent")).click();
        driver.findElement(By.id("inquiryForm:submit")).click();
        waitFor(By.id("receipt"));
        String reference = driver.findElement(By.id("reference")).getText();
        assertThat(reference).matches("INQ-\\d{4}-\\d{6}");
        assertThat(driver.findElement(By.id("receipt")).getText()).contains("公益財団法人特別区協議会 事業部事業推進課");
        Browser.assertAccessible(driver);
        MimeMessage receipt = awaitMail("takahashi@city.example.jp", reference);

        signIn("desk.kyogikai", "demo-password-2026");
        driver.findElement(By.linkText("窓口の受付一覧")).click();
        waitFor(By.id("queue"));
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText(reference)).click();
        waitFor(By.id("assignForm:claim"));
        assertThat(driver.findElement(By.id("attachments")).getText()).contains(".pdf", "PDF 約1KB");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("assignForm:claim")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "対応中"));
        driver.findElement(By.id("replyForm:reply")).sendKeys("申込書を確認しました。記入内容に問題はありません。");
        driver.findElement(By.id("replyForm:send")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "回答済"));
        assertThat(driver.findElement(By.id("history")).getText()).contains("申込書を確認しました。");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("headerForm:logout")).click();
        waitFor(By.id("loggedOut"));

        awaitMail("takahashi@city.example.jp", "お問い合わせへの回答");
        driver.get(url(Mail.link(receipt, "/inquiry/status\\.xhtml\\?key=[A-Za-z0-9_-]+")));
        waitFor(By.id("reference"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(reference, "回答済",
                "申込書を確認しました。記入内容に問題はありません。");
        Browser.assertAccessible(driver);
    }

    @Test
    void theAdminPagesOfDesksRoutingAndDeadlinesAreAccessible() {
        AdminSession.signIn(new PortalClient(Deployments.local(base)));
        signIn("admin", AdminSession.CHANGED);
        open("/admin/desks/index.xhtml");
        waitFor(By.id("desks"));
        assertThat(driver.findElement(By.id("desks")).getText()).contains("03-5210-9747", "03-5210-9080");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("公益財団法人特別区協議会 事業部事業推進課")).click();
        waitFor(By.id("deskForm:save"));
        Browser.assertAccessible(driver);

        open("/admin/routing/index.xhtml");
        waitFor(By.id("rules"));
        assertThat(driver.findElement(By.id("rules")).getText()).contains("会員登録のお問い合わせは特別区協議会へ");
        new Select(driver.findElement(By.id("ruleForm:sampleType"))).selectByVisibleText("会員登録について");
        driver.findElement(By.id("ruleForm:try")).click();
        waitFor(By.id("testDesk"));
        assertThat(driver.findElement(By.id("testDesk")).getText()).contains("公益財団法人特別区協議会 事業部事業推進課");
        Browser.assertAccessible(driver);

        open("/admin/inquiries/index.xhtml");
        waitFor(By.id("sla"));
        assertThat(driver.findElement(By.id("sla")).getText()).contains("特別区長会事務局 調査第1課 全国連携プロジェクト担当");
        Browser.assertAccessible(driver);
    }

    private void type(String id, String text) {
        driver.findElement(By.id("inquiryForm:" + id)).sendKeys(text);
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

    private MimeMessage awaitMail(String recipient, String subjectPart) throws Exception {
        return Mail.await(MAIL, recipient, subjectPart, 30);
    }
}
