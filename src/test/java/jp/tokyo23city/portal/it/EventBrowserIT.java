package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * An admin creates a lecture with one seat in a real browser and publishes it; a visitor finds it in the list and
 * the calendar, signs up, and the next is waitlisted; the admin sees both in the participant list and checks the
 * first in. Every page on the way passes axe-core's WCAG 2.0 A and AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class EventBrowserIT {

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
    void anAdminCreatesALectureAndVisitorsSignUpUntilItIsFull() throws Exception {
        AdminSession.signIn(new PortalClient(Deployments.local(base)));
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);

        signIn("admin", AdminSession.CHANGED);
        open("/admin/events/index.xhtml");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("newEvent")).click();
        waitFor(By.id("editForm:title"));
        Browser.assertAccessible(driver);
        type("editForm:title", "全国連携講演会「23区と京都」");
        new Select(driver.findElement(By.id("editForm:kind"))).selectByValue("LECTURE");
        type("editForm:summary", "京都府のDMO職員が観光地域づくりを紹介します。");
        setValue("editForm:startsOn", day.toString());
        setValue("editForm:startTime", "14:00");
        setValue("editForm:endTime", "16:30");
        type("editForm:venue", "特別区職員研修所 9階交流スペース");
        type("editForm:venueAddress", "東京都千代田区飯田橋三丁目5番1号");
        type("editForm:parts:0:heading", "第1部 講演");
        type("editForm:parts:0:partTitle", "京都における観光地域づくり");
        type("editForm:parts:0:speakers:0:name", "亀谷 義忠");
        type("editForm:parts:0:speakers:0:affiliation", "海の京都DMO");
        driver.findElement(By.id("editForm:signupEnabled")).click();
        type("editForm:capacity", "1");
        new Select(driver.findElement(By.id("editForm:status"))).selectByValue("PUBLISHED");
        driver.findElement(By.id("editForm:save")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("globalMessages"), "を保存しました。"));
        Browser.assertAccessible(driver);
        String id = driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        driver.findElement(By.id("headerForm:logout")).click();
        waitFor(By.id("loggedOut"));

        open("/events/index.xhtml");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("全国連携講演会「23区と京都」")).click();
        waitFor(By.id("seatStatus"));
        assertThat(driver.findElement(By.id("seatStatus")).getText()).contains("残り1席");
        assertThat(driver.findElement(By.id("eventWhen")).getText())
                .contains(jp.tokyo23city.portal.platform.JapaneseDates.wareki(day), "14:00～16:30");
        assertThat(driver.findElement(By.id("programme")).getText()).contains("第1部 講演", "亀谷 義忠");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("signupLink")).click();
        waitFor(By.id("signupForm:name"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("signupForm:submit")).click();
        waitFor(By.className("message-error"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("氏名を入力してください。");
        Browser.assertAccessible(driver);
        type("signupForm:name", "特別 花子");
        type("signupForm:kana", "とくべつ はなこ");
        type("signupForm:email", "hanako@example.jp");
        driver.findElement(By.id("signupForm:submit")).click();
        waitFor(By.id("signedUp"));
        assertThat(driver.findElement(By.id("signupResult")).getText()).contains("参加が確定しました");
        Browser.assertAccessible(driver);

        open("/events/view.xhtml?id=" + id);
        assertThat(driver.findElement(By.id("seatStatus")).getText()).contains("満席・キャンセル待ち");
        driver.findElement(By.id("signupLink")).click();
        waitFor(By.id("signupForm:name"));
        type("signupForm:name", "区民 次郎");
        type("signupForm:kana", "くみん じろう");
        type("signupForm:email", "jiro@example.jp");
        driver.findElement(By.id("signupForm:submit")).click();
        waitFor(By.id("signedUp"));
        assertThat(driver.findElement(By.id("signupResult")).getText()).contains("キャンセル待ちで受け付けました");

        open("/events/calendar.xhtml?month=" + day.toString().substring(0, 7));
        assertThat(driver.findElement(By.id("monthTable")).getText()).contains("全国連携講演会「23区と京都」");
        Browser.assertAccessible(driver);

        signIn("admin", AdminSession.CHANGED);
        open("/events/organise/participants.xhtml?id=" + id);
        waitFor(By.id("participants"));
        assertThat(driver.findElement(By.id("participants")).getText()).contains("特別 花子", "参加確定", "区民 次郎",
                "キャンセル待ち");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("listForm:rows:0:checkIn")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("globalMessages"), "特別 花子 様を受付しました。"));
        Browser.assertAccessible(driver);
        open("/events/organise/index.xhtml");
        Browser.assertAccessible(driver);
        open("/admin/events/kinds.xhtml");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("headerForm:logout")).click();
        waitFor(By.id("loggedOut"));

        // 花子 cancels by the link of her mail; 次郎 moves up.
        String mail = text(Mail.await(MAIL, "hanako@example.jp", "【参加確定】", 30));
        java.util.regex.Matcher cancel = java.util.regex.Pattern.compile("/events/cancel\\.xhtml\\?token=[A-Za-z0-9_-]+")
                .matcher(mail);
        assertThat(cancel.find()).isTrue();
        open(cancel.group());
        waitFor(By.id("cancelForm:cancel"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("cancelForm:cancel")).click();
        waitFor(By.id("cancelled"));
        Browser.assertAccessible(driver);
        assertThat(text(Mail.await(MAIL, "jiro@example.jp", "【参加確定】", 30))).contains("キャンセル待ちから参加確定");
    }

    private static String text(jakarta.mail.internet.MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String plain) {
            return plain;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
        return (String) multipart.getBodyPart(0).getContent();
    }

    private void type(String id, String text) {
        WebElement element = driver.findElement(By.id(id));
        element.clear();
        element.sendKeys(text);
    }

    /** Date and time inputs take their value in the browser's own format when typed; set the ISO value instead. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
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
}
