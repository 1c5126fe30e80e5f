package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Assumptions;

import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jp.tokyo23city.portal.board.TestFiles;

/**
 * The board end to end over HTTP with real mail: a member asks the wards to distribute a pamphlet (with a PDF), three
 * wards mark interest, one answers, the member is mailed, and a Japanese word inside the PDF finds the post; another
 * municipality cannot edit or delete it, nor a reply; the author of a reply edits and deletes it, an admin restores
 * it; wrong files are refused; proposals get a status the proposer hears of; a change made on another instance of a
 * cluster reaches this instance's search through the change log.
 */
@ExtendWith(ArquillianExtension.class)
class BoardIT {

    static {
        TestDatabase.reset();
    }

    private static final String PASSWORD = "demo-password-2026";
    private static final Pattern THREAD_ID = Pattern.compile("/board/thread\\.xhtml\\?id=(\\d+)");

    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aMemberAsksWardsToDistributePamphletsAndHearsOfInterestAndAnswersAndTheTextOfThePdfFindsIt() throws Exception {
        PortalClient member = signIn("member.kyotamba");
        byte[] pdf = TestFiles.japanesePdf("京丹波町の丹波黒豆まつり開催のご案内です");
        HttpResponse<String> posted = postPamphlet(member, "黒豆まつりのパンフレット配布のお願い", "leaflet.pdf",
                "application/pdf", pdf);
        assertThat(posted.body()).contains("投稿しました。", "パンフレット配布の依頼", "京丹波町（京都府）",
                "黒豆まつりのパンフレット配布のお願い", "leaflet.pdf", "PDF 約2KB", "300");
        long id = threadId(posted);

        String file = extract("href=\"(/board/file\\?id=\\d+)\"", posted.body());
        HttpResponse<byte[]> download = member.download(file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment;").contains("leaflet.pdf"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.body()).isEqualTo(pdf);

        for (String ward : new String[] {"ward.chiyoda", "ward.minato", "ward.shinjuku"}) {
            PortalClient staff = signIn(ward);
            String page = staff.get(thread(id)).body();
            assertThat(staff.post(thread(id), page, "actions", Map.of(), "interest").body())
                    .contains("「関心あり」にしました。");
        }
        PortalClient chiyoda = signIn("ward.chiyoda");
        String page = chiyoda.get(thread(id)).body();
        String answered = chiyoda.postMultipart(thread(id), page, "replyForm",
                Map.of("replyBody", "千代田区では区役所1階ロビーで300部配布できます。"), "replyFiles", "",
                "application/octet-stream", new byte[0], "send").body();
        assertThat(answered).contains("返信しました。", "千代田区の回答", "区役所1階ロビーで300部配布できます。");

        String seen = member.get(thread(id)).body();
        assertThat(seen).contains("千代田区、港区、新宿区", "千代田区の回答");
        MimeMessage answer = Mail.await(MAIL, "member.kyotamba@example.jp", "千代田区から回答がありました", 30);
        assertThat((String) answer.getContent()).contains("区役所1階ロビーで300部配布できます。", thread(id));
        Mail.await(MAIL, "member.kyotamba@example.jp", "港区が「関心あり」としました", 30);
        Mail.await(MAIL, "member.kyotamba@example.jp", "新宿区が「関心あり」としました", 30);

        PortalClient other = signIn("member.yubari");
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(other.get("/board/index.xhtml?q=%E9%BB%92%E8%B1%86").body())
                        .contains("<mark>黒豆</mark>まつりのパンフレット配布のお願い", "丹波<mark>黒豆</mark>まつり開催",
                                thread(id)));
        assertThat(other.get("/board/index.xhtml?q=%EF%BE%8A%EF%BE%9F%EF%BE%9D%EF%BE%8C%EF%BE%9A%EF%BD%AF%EF%BE%84")
                .body()).as("half-width katakana パンフレット").contains(thread(id), "<mark>パンフレット</mark>");
    }

    @Test
    void aStaffMemberOfAnotherMunicipalityCannotEditOrDeleteThePost() {
        PortalClient member = signIn("member.kyotamba");
        long id = threadId(postPamphlet(member, "編集できない投稿", "map.png", "image/png", TestFiles.png()));

        PortalClient other = signIn("member.yubari");
        String page = other.get(thread(id)).body();
        assertThat(page).contains("編集できない投稿").doesNotContain("id=\"editLink\"").doesNotContain("actions:delete");
        assertThat(other.get("/board/edit.xhtml?id=" + id).body()).contains("この操作はできません")
                .doesNotContain("postForm");
        // pressing a delete button the page did not offer changes nothing
        other.post(thread(id), page, "actions", Map.of(), "delete");
        other.post(thread(id), page, "actions", Map.of(), "confirmDelete");
        assertThat(other.get(thread(id)).body()).contains("編集できない投稿").doesNotContain("deletedFlag");

        String own = member.get(thread(id)).body();
        assertThat(own).contains("id=\"editLink\"", "board-thumb");
        String edit = member.get("/board/edit.xhtml?id=" + id).body();
        Map<String, String> fields = pamphletFields("編集した投稿", "配布をお願いします（部数を変更）。");
        HttpResponse<String> edited = member.postMultipart("/board/edit.xhtml?id=" + id, edit, "postForm", fields,
                "files", "", "application/octet-stream", new byte[0], "save");
        assertThat(edited.body()).contains("投稿を編集しました。", "編集した投稿", "id=\"edited\"");
        String again = member.get(thread(id)).body();
        // deleting asks first; cancelling keeps the post
        String asked = member.post(thread(id), again, "actions", Map.of(), "delete").body();
        assertThat(asked).contains("この投稿を削除します。", "actions:confirmDelete").doesNotContain("投稿を削除しました。");
        String kept = member.post(thread(id), asked, "actions", Map.of(), "cancelDelete").body();
        assertThat(kept).contains("編集した投稿").doesNotContain("actions:confirmDelete");
        asked = member.post(thread(id), kept, "actions", Map.of(), "delete").body();
        assertThat(member.post(thread(id), asked, "actions", Map.of(), "confirmDelete").body())
                .contains("投稿を削除しました。");
        assertThat(other.get(thread(id)).body()).contains("投稿が見つかりません");
    }

    @Test
    void theAuthorOfAReplyEditsAndDeletesItAndAnotherMunicipalityIsRefused() {
        PortalClient member = signIn("member.kyotamba");
        long id = threadId(postPamphlet(member, "返信を編集する投稿", "map.png", "image/png", TestFiles.png()));
        PortalClient chiyoda = signIn("ward.chiyoda");
        String replied = chiyoda.postMultipart(thread(id), chiyoda.get(thread(id)).body(), "replyForm",
                Map.of("replyBody", "千代田区では窓口で100部お預かりします。"), "replyFiles", "",
                "application/octet-stream", new byte[0], "send").body();
        long replyId = Long.parseLong(extract("id=\"reply-(\\d+)\"", replied));
        String editReply = "/board/edit-reply.xhtml?id=" + replyId;

        PortalClient other = signIn("member.yubari");
        String seen = other.get(thread(id)).body();
        assertThat(seen).contains("窓口で100部お預かりします。").doesNotContain("replyActions", editReply);
        String refused = other.get(editReply).body();
        assertThat(refused).contains("この操作はできません").doesNotContain("replyEditForm");
        assertThat(other.post(editReply, refused, "replyEditForm", Map.of("body", "夕張市が書き換えた返信"), "save")
                .body()).contains("この操作はできません").doesNotContain("返信を編集しました。");
        // pressing buttons the page did not offer changes nothing
        other.post(thread(id), seen, "replies:0:replyActions", Map.of(), "deleteReply");
        other.post(thread(id), seen, "replies:0:replyActions", Map.of(), "confirmDeleteReply");
        assertThat(other.get(thread(id)).body()).contains("窓口で100部お預かりします。")
                .doesNotContain("夕張市が書き換えた返信", "返信を削除しました。");

        String form = chiyoda.get(editReply).body();
        assertThat(form).contains("replyEditForm", "窓口で100部お預かりします。");
        HttpResponse<String> edited = chiyoda.post(editReply, form, "replyEditForm",
                Map.of("body", "千代田区では区民ホールで150部お預かりします。"), "save");
        assertThat(edited.uri().toString()).contains(thread(id));
        assertThat(reply(edited.body(), replyId)).contains("区民ホールで150部お預かりします。", "編集済み")
                .doesNotContain("窓口で100部");
        assertThat(edited.body()).contains("返信を編集しました。", "返信の編集");
        assertThat(other.get(thread(id)).body()).contains("区民ホールで150部お預かりします。", "編集済み");
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(other.get("/board/index.xhtml?q=" + query("区民ホール")).body()).contains(thread(id)));

        String page = chiyoda.get(thread(id)).body();
        String asked = chiyoda.post(thread(id), page, "replies:0:replyActions", Map.of(), "deleteReply").body();
        assertThat(asked).contains("この返信を削除します。よろしいですか？", "区民ホールで150部お預かりします。");
        String deleted = chiyoda.post(thread(id), asked, "replies:0:replyActions", Map.of(), "confirmDeleteReply")
                .body();
        assertThat(deleted).contains("返信を削除しました。", "返信（0件）").doesNotContain("区民ホールで150部");
        assertThat(other.get(thread(id)).body()).doesNotContain("区民ホールで150部");
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(other.get("/board/index.xhtml?q=" + query("区民ホール")).body())
                        .doesNotContain(thread(id) + "\""));

        PortalClient admin = AdminSession.signIn(new PortalClient(uri()));
        String moderated = admin.get(thread(id)).body();
        assertThat(reply(moderated, replyId)).contains("区民ホールで150部お預かりします。", "削除済み");
        assertThat(admin.post(thread(id), moderated, "replies:0:replyActions", Map.of(), "restoreReply").body())
                .contains("返信を元に戻しました。");
        assertThat(other.get(thread(id)).body()).contains("区民ホールで150部お預かりします。", "返信（1件）");
    }

    @Test
    void aChangeMadeOnAnotherInstanceIsFoundBySearchingWithinSeconds() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgresql(),
                "another instance writes to the database from outside: runs in the PostgreSQL pass (embedded Derby"
                        + " belongs to one instance)");
        PortalClient member = signIn("member.kyotamba");
        long id = threadId(postPamphlet(member, "冬のイベントのパンフレット", "map.png", "image/png", TestFiles.png()));
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM board_index_change WHERE thread_id = ?", id))
                .as("the post wrote a row of the change log").isEqualTo(1);
        // this instance applies its own row once more within a poll (1 s here); after that only a new row makes it
        // read the thread again
        Thread.sleep(3000);

        assertThat(TestDatabase.update("UPDATE board_thread SET title = ? WHERE id = ?",
                "流氷まつりのパンフレット", id)).isEqualTo(1);
        PortalClient other = signIn("member.yubari");
        String search = "/board/index.xhtml?q=" + query("流氷");
        assertThat(other.get(search).body()).as("not in the index before the change log says so")
                .doesNotContain(thread(id) + "\"");
        TestDatabase.update("INSERT INTO board_index_change (thread_id, changed_at) VALUES (?, ?)", id,
                java.sql.Timestamp.from(java.time.Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(other.get(search).body()).contains(thread(id), "<mark>流氷</mark>まつりのパンフレット"));
    }

    @Test
    void wrongFileTypesAreRefusedWithAClearMessage() {
        PortalClient member = signIn("member.kyotamba");
        assertThat(postPamphlet(member, "実行ファイル", "leaflet.pdf", "application/pdf", TestFiles.program()).body())
                .contains("「leaflet.pdf」は添付できません", "PDF・JPEG・PNG・WebP").doesNotContain("投稿しました。");
        assertThat(postPamphlet(member, "HTML", "page.pdf", "application/pdf", TestFiles.html()).body())
                .contains("「page.pdf」は添付できません");
        assertThat(postPamphlet(member, "PDFの顔をしたHTML", "fake.pdf", "application/pdf",
                TestFiles.htmlWithPdfHeader()).body()).contains("「fake.pdf」は添付できません");
        assertThat(member.get("/board/index.xhtml").body()).doesNotContain("PDFの顔をしたHTML", "実行ファイル");
    }

    @Test
    void anAddressedWardSetsAProposalsStatusAndTheProposerIsMailed() throws Exception {
        PortalClient member = signIn("member.kyotamba");
        String page = member.get("/board/new.xhtml?type=" + typeId(member, "新たな連携・交流事業の提案")).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "特産品フェアの共同開催の提案");
        fields.put("body", "区役所での特産品フェアを共同で開催しませんか。");
        fields.put("activity", "TOURISM");
        fields.put("allWards", "on");
        fields.put("v_period_from", LocalDate.now().plusMonths(2).toString());
        fields.put("v_period_to", LocalDate.now().plusMonths(3).toString());
        fields.put("v_budget", "会場費は当町が負担します。");
        HttpResponse<String> posted = member.postMultipart(pathOf(page, "/board/new.xhtml"), page, "postForm", fields,
                "files", "", "application/octet-stream", new byte[0], "save");
        assertThat(posted.body()).contains("投稿しました。", "id=\"status\">受付<", "観光", "すべての区（23区）");
        long id = threadId(posted);

        PortalClient yubari = signIn("member.yubari");
        assertThat(yubari.get(thread(id)).body()).doesNotContain("statusForm");

        PortalClient minato = signIn("ward.minato");
        String view = minato.get(thread(id)).body();
        assertThat(minato.post(thread(id), view, "statusForm", Map.of("newStatus", "CONSIDERING"), "changeStatus")
                .body()).contains("提案の状況を変更しました。", "id=\"status\">検討中<");
        MimeMessage notice = Mail.await(MAIL, "member.kyotamba@example.jp", "提案の状況が「検討中」になりました", 30);
        assertThat((String) notice.getContent()).contains("港区", "特産品フェアの共同開催の提案");

        assertThat(member.get("/board/index.xhtml?status=CONSIDERING").body()).contains("特産品フェアの共同開催の提案");
        assertThat(member.get("/board/index.xhtml?status=DECIDED").body()).doesNotContain("特産品フェアの共同開催の提案");
        String filtered = member.get("/board/index.xhtml?activity=TOURISM&region=KINKI&status=CONSIDERING").body();
        assertThat(filtered).contains("特産品フェアの共同開催の提案");
        // the menus show the filters in use, and only those
        assertThat(filtered).contains("<select id=\"activity\" name=\"activity\"",
                        "<option value=\"TOURISM\" selected=\"selected\">観光</option>",
                        "<option value=\"KINKI\" selected=\"selected\">",
                        "<option value=\"CONSIDERING\" selected=\"selected\">検討中</option>")
                .containsOnlyOnce("selected=\"selected\">観光");
        assertThat(filtered.split("selected=\"selected\"", -1)).hasSize(4);
    }

    @Test
    void theListPagesByKeysetAndKeepsItsFilters() {
        PortalClient member = signIn("member.kyotamba");
        long typeId = typeId(member, "その他");
        for (int i = 1; i <= 22; i++) {
            String page = member.get("/board/new.xhtml?type=" + typeId).body();
            member.postMultipart("/board/new.xhtml?type=" + typeId, page, "postForm",
                    Map.of("title", "ページ送りの確認 " + i, "body", "本文 " + i), "files", "",
                    "application/octet-stream", new byte[0], "save");
        }
        String first = member.get("/board/index.xhtml?type=" + typeId).body();
        assertThat(first).contains("ページ送りの確認 22", "id=\"nextPage\"").doesNotContain("ページ送りの確認 2<");
        String next = extract("href=\"\\?([^\"]*after=[^\"]+)\" rel=\"next\"", first).replace("&amp;", "&");
        String second = member.get("/board/index.xhtml?" + next).body();
        assertThat(second).contains("ページ送りの確認 1<", "ページ送りの確認 2<").doesNotContain("ページ送りの確認 22");
    }

    @Test
    void followersOfATypeAndOfAThreadAreMailedWithoutThePosterWaiting() throws Exception {
        PortalClient shinjuku = signIn("ward.shinjuku");
        long prType = typeId(shinjuku, "広報誌・広報動画のPR");
        String settings = shinjuku.get("/board/settings.xhtml").body();
        assertThat(shinjuku.post("/board/settings.xhtml", settings, "settingsForm",
                Map.of("mode", "IMMEDIATE", "types", String.valueOf(prType)), "save").body())
                .contains("通知の設定を保存しました。");

        PortalClient member = signIn("member.kyotamba");
        String path = "/board/new.xhtml?type=" + prType;
        String page = member.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "広報誌「きょうたんば」12月号のご紹介");
        fields.put("body", "丹波黒豆の特集号です。");
        fields.put("v_link", "https://www.town.kyotamba.kyoto.jp/koho/");
        fields.put("v_issue", "12月号");
        fields.put("v_video", "https://www.youtube.com/watch?v=kyotamba");
        HttpResponse<String> posted = member.postMultipart(path, page, "postForm", fields, "files", "",
                "application/octet-stream", new byte[0], "save");
        assertThat(posted.body()).contains("投稿しました。", "動画を見る（外部サイト）", "www.youtube.com", "12月号");
        long id = threadId(posted);
        Mail.await(MAIL, "ward.shinjuku@example.jp", "新しい投稿：広報誌「きょうたんば」12月号のご紹介", 30);

        PortalClient yubari = signIn("member.yubari");
        assertThat(yubari.get("/").body()).contains("id=\"navBoardNew\"");
        // opening the list clears the count, at once and afterwards; opening it again when nothing is new keeps it so
        assertThat(yubari.get("/board/index.xhtml").body()).contains("12月号のご紹介").doesNotContain("navBoardNew");
        assertThat(yubari.get("/board/index.xhtml").body()).doesNotContain("navBoardNew");
        assertThat(yubari.get("/").body()).doesNotContain("navBoardNew");
        String view = yubari.get(thread(id)).body();
        assertThat(yubari.post(thread(id), view, "actions", Map.of(), "follow").body()).contains("フォローしました。");
        PortalClient minato = signIn("ward.minato");
        String reply = minato.get(thread(id)).body();
        minato.postMultipart(thread(id), reply, "replyForm", Map.of("replyBody", "港区の図書館にも置かせてください。"),
                "replyFiles", "", "application/octet-stream", new byte[0], "send");
        MimeMessage notice = Mail.await(MAIL, "member.yubari@example.jp", "新しい返信：広報誌", 30);
        assertThat((String) notice.getContent()).contains("港区が返信しました。", thread(id));
    }

    private HttpResponse<String> postPamphlet(PortalClient client, String title, String fileName, String contentType,
                                              byte[] content) {
        String path = "/board/new.xhtml?type=" + typeId(client, "パンフレット配布の依頼");
        String page = client.get(path).body();
        return client.postMultipart(path, page, "postForm",
                pamphletFields(title, "観光パンフレットを区の窓口で配布していただけないでしょうか。"), "files", fileName,
                contentType, content, "save");
    }

    private static Map<String, String> pamphletFields(String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("v_quantity", "300");
        fields.put("v_period_from", LocalDate.now().plusDays(10).toString());
        fields.put("v_period_to", LocalDate.now().plusDays(40).toString());
        fields.put("allWards", "on");
        return fields;
    }

    private static long typeId(PortalClient client, String typeName) {
        String chooser = client.get("/board/new.xhtml").body();
        return Long.parseLong(extract("new\\.xhtml\\?type=(\\d+)\"[^>]*>" + Pattern.quote(typeName) + "<", chooser));
    }

    private static String pathOf(String page, String fallback) {
        Matcher matcher = Pattern.compile("id=\"postForm\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"postForm\"")
                .matcher(page);
        if (matcher.find()) {
            return (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).replace("&amp;", "&");
        }
        return fallback;
    }

    private static long threadId(HttpResponse<String> response) {
        Matcher matcher = THREAD_ID.matcher(response.uri().toString());
        assertThat(matcher.find()).as("redirected to the thread, got %s: %s", response.uri(),
                response.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", "")).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The article of one reply on a thread page. */
    private static String reply(String page, long replyId) {
        return extract("(?s)(<article[^>]*id=\"reply-" + replyId + "\".*?</article>)", page);
    }

    private static String query(String words) {
        return java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String thread(long id) {
        return "/board/thread.xhtml?id=" + id;
    }

    private PortalClient signIn(String user) {
        PortalClient client = new PortalClient(uri());
        client.login(user, PASSWORD);
        return client;
    }

    private URI uri() {
        return Deployments.local(base);
    }

    private static String extract(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
