package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jp.tokyo23city.portal.board.TestFiles;

/**
 * The board in a real browser: a member posts a pamphlet request with a PDF and an image, a ward marks interest and
 * answers (and edits its answer; deleting it asks first), and the member finds the post by a word inside the PDF. Every board page passes axe-core's WCAG 2.0 A and
 * AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class BoardBrowserIT {

    static {
        TestDatabase.reset();
    }

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "demo-password-2026";

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
    void aMemberPostsWithAttachmentsAWardRepliesAndTheMemberFindsThePostBySearching() throws Exception {
        signIn("member.kyotamba");
        driver.findElement(By.id("navBoard")).click();
        waitFor(By.id("filters"));
        Browser.assertAccessible(driver);

        driver.findElement(By.id("newPost")).click();
        waitFor(By.id("types"));
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("パンフレット配布の依頼")).click();
        waitFor(By.id("postForm:save"));
        Browser.assertAccessible(driver);

        driver.findElement(By.id("postForm:title")).sendKeys("りんご祭りのパンフレット配布のお願い");
        driver.findElement(By.id("postForm:body")).sendKeys("区の窓口での配布をお願いします。\n詳細 https://www.example.jp/ringo");
        driver.findElement(By.id("postForm:v_quantity")).sendKeys("200");
        driver.findElement(By.id("postForm:allWards")).click();
        Path pdf = Files.createTempFile("leaflet", ".pdf");
        Files.write(pdf, TestFiles.japanesePdf("京丹波町のりんご狩りと黒豆の収穫体験"));
        Path png = Files.createTempFile("map", ".png");
        Files.write(png, TestFiles.png());
        driver.findElement(By.id("postForm:files")).sendKeys(pdf + "\n" + png);
        driver.findElement(By.id("postForm:save")).click();
        waitFor(By.id("opening"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("投稿しました。", "パンフレット配布の依頼",
                "京丹波町（京都府）", "PDF 約", "PNG 約", "200");
        assertThat(driver.findElements(By.cssSelector("#body a[href='https://www.example.jp/ringo']"))).hasSize(1);
        assertThat(driver.findElements(By.className("board-thumb"))).hasSize(1);
        Browser.assertAccessible(driver);
        String thread = driver.getCurrentUrl();
        signOut();

        signIn("ward.chiyoda");
        driver.get(thread);
        waitFor(By.id("actions:interest"));
        driver.findElement(By.id("actions:interest")).click();
        waitFor(By.id("actions:withdraw"));
        assertThat(driver.findElement(By.id("interested")).getText()).contains("千代田区");
        driver.findElement(By.id("replyForm:replyBody")).sendKeys("千代田区役所で200部お預かりします。");
        driver.findElement(By.id("replyForm:send")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "千代田区の回答"));
        Browser.assertAccessible(driver);
        driver.findElement(By.className("reply-edit-link")).click();
        waitFor(By.id("replyEditForm:save"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("replyEditForm:body")).sendKeys("（平日のみ）");
        driver.findElement(By.id("replyEditForm:save")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "返信を編集しました。"));
        assertThat(driver.findElement(By.className("reply-edited")).getText()).isEqualTo("編集済み");
        driver.findElement(By.id("replies:0:replyActions:deleteReply")).click();
        waitFor(By.id("replies:0:replyActions:confirmDeleteReply"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("replies:0:replyActions:cancelDeleteReply")).click();
        waitFor(By.id("replies:0:replyActions:deleteReply"));
        signOut();

        signIn("member.kyotamba");
        open("/board/index.xhtml");
        waitFor(By.id("q"));
        driver.findElement(By.id("q")).sendKeys("収穫体験");
        driver.findElement(By.id("search")).click();
        waitFor(By.id("found"));
        assertThat(driver.findElement(By.id("threads")).getText()).contains("りんご祭りのパンフレット配布のお願い");
        assertThat(driver.findElements(By.cssSelector("#threads mark"))).isNotEmpty();
        Browser.assertAccessible(driver);
        // the list keeps no view state; the header's buttons still post from it (language kept with the search)
        driver.findElement(By.id("headerForm:language")).click();
        new WebDriverWait(driver, WAIT).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("収穫体験");
        assertThat(driver.findElement(By.id("threads")).getText()).contains("りんご祭りのパンフレット配布のお願い");
        driver.findElement(By.id("headerForm:language")).click();
        new WebDriverWait(driver, WAIT).until(d -> "ja".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

        driver.findElement(By.linkText("りんご祭りのパンフレット配布のお願い")).click();
        waitFor(By.id("editLink"));
        driver.findElement(By.id("editLink")).click();
        waitFor(By.id("postForm:save"));
        Browser.assertAccessible(driver);
    }

    @Test
    void aProposalShowsItsStatusFormToAnAddressedWard() {
        signIn("member.kyotamba");
        open("/board/new.xhtml");
        waitFor(By.id("types"));
        driver.findElement(By.linkText("新たな連携・交流事業の提案")).click();
        waitFor(By.id("postForm:save"));
        driver.findElement(By.id("postForm:title")).sendKeys("防災訓練の相互参加の提案");
        driver.findElement(By.id("postForm:body")).sendKeys("防災訓練に互いの職員が参加する取組を提案します。");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("postForm:activity")))
                .selectByVisibleText("防災");
        driver.findElement(By.xpath("//label[normalize-space()='港区']")).click();
        driver.findElement(By.id("postForm:save")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("opening")),
                ExpectedConditions.presenceOfElementLocated(By.className("message-error"))));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("投稿しました。", "港区");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("受付");
        Browser.assertAccessible(driver);
        String thread = driver.getCurrentUrl();
        signOut();

        signIn("ward.minato");
        driver.get(thread);
        waitFor(By.id("statusForm:changeStatus"));
        Browser.assertAccessible(driver);
    }

    private void signIn(String username) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().endsWith("/login.xhtml"));
    }

    private void signOut() {
        driver.findElement(By.id("headerForm:logout")).click();
        waitFor(By.id("loggedOut"));
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
