package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Inquiries end to end over HTTP with real mail: a member of the public asks about registration and it reaches the
 * foundation's desk; an admin's keyword rule sends a member's question about a lecture to an event office; contacts
 * claim, note, reply and transfer; desks see only their own inquiries; spam protection and bad input; exports.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryIT {

    static {
        TestDatabase.reset();
    }

    private static final String PROJECT_DESK = "特別区長会事務局 調査第1課 全国連携プロジェクト担当";
    private static final String MEMBERSHIP_DESK = "公益財団法人特別区協議会 事業部事業推進課";
    private static final Pattern REFERENCE = Pattern.compile("INQ-\\d{4}-\\d{6}");
    private static final String DEMO_PASSWORD = "demo-password-2026";

    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aRegistrationQuestionFromThePublicReachesTheFoundationWithAReferenceNumber() throws Exception {
        PortalClient visitor = new PortalClient(uri());
        String body = ask(visitor, "会員登録について", "yamada@city.example.jp", "登録の手続きについて",
                "会員登録の手続きと、登録後に使える機能を教えてください。").body();

        assertThat(body).contains("お問い合わせを受け付けました。", MEMBERSHIP_DESK);
        String reference = reference(body);

        MimeMessage receipt = awaitMail("yamada@city.example.jp", reference);
        String receiptText = (String) receipt.getContent();
        assertThat(receipt.getSubject()).contains("お問い合わせを受け付けました");
        assertThat(receiptText).contains("山田 花子 様", "受付番号：" + reference, "担当窓口：" + MEMBERSHIP_DESK,
                "会員登録の手続きと、登録後に使える機能を教えてください。", "電話 03-5210-9080");
        MimeMessage notice = awaitMail("desk.kyogikai@example.jp", reference);
        assertThat(notice.getSubject()).contains("新しいお問い合わせ", "登録の手続きについて");
        awaitMail("renkei-kaiin@example.jp", reference);
        assertThat(MAIL.getReceivedMessagesForDomain("desk.project@example.jp"))
                .noneMatch(m -> subject(m).contains(reference));

        String status = visitor.get(Mail.link(receipt, "/inquiry/status\\.xhtml\\?key=[A-Za-z0-9_-]+")).body();
        assertThat(status).contains(reference, "id=\"status\">新規<", MEMBERSHIP_DESK, "登録の手続きについて");
        assertThat(visitor.get("/inquiry/status.xhtml?key=not-a-key").body()).contains("お問い合わせが見つかりません");
    }

    @Test
    void anAdminsKeywordRuleSendsAMembersLectureQuestionToTheEventOffice() throws Exception {
        PortalClient admin = AdminSession.signIn(new PortalClient(uri()));
        String deskPage = admin.get("/admin/desks/edit.xhtml").body();
        String projectContact = extract("value=\"(\\d+)\"[^>]*>\\s*<label[^>]*>[^<]*desk\\.project", deskPage);
        HttpResponse<String> saved = admin.post("/admin/desks/edit.xhtml", deskPage, "deskForm", Map.of(
                "name", "全国連携講演会 事務局", "topic", "全国連携講演会に関するお問い合わせ", "email", "koenkai@example.jp",
                "phone", "03-5210-9999", "hours", "平日 10時～16時", "days", "2", "order", "5", "active", "true",
                "contacts", projectContact), "save");
        assertThat(saved.body()).contains("窓口「全国連携講演会 事務局」を保存しました。");

        String routing = admin.get("/admin/routing/index.xhtml").body();
        String eventOffice = extract("<option value=\"(\\d+)\">全国連携講演会 事務局</option>", routing);
        String eventType = extract("<option value=\"(\\d+)\">イベントについて</option>", routing);
        Map<String, String> rule = new HashMap<>(Map.of("name", "講演会のお問い合わせは事務局へ", "desk", eventOffice,
                "type", eventType, "keywords", "講演会、シンポジウム", "sampleType", eventType,
                "sampleSenderKind", "MEMBER", "sampleSubject", "8月の講演会について", "sampleMessage", "参加できますか"));
        String tried = admin.post("/admin/routing/index.xhtml", routing, "ruleForm", rule, "try").body();
        assertThat(tried).contains("このお問い合わせは「全国連携講演会 事務局」へ届きます。",
                "編集中のルールの条件に当てはまります。");
        assertThat(admin.get("/admin/routing/index.xhtml").body()).as("trying saves nothing")
                .doesNotContain("講演会のお問い合わせは事務局へ");
        HttpResponse<String> ruleSaved = admin.post("/admin/routing/index.xhtml", tried, "ruleForm", rule, "save");
        assertThat(ruleSaved.body()).contains("ルール「講演会のお問い合わせは事務局へ」を保存しました。",
                "キーワード：講演会・シンポジウム");

        PortalClient member = new PortalClient(uri());
        member.login("member.kyotamba", DEMO_PASSWORD);
        String form = member.get("/members/inquiry.xhtml").body();
        assertThat(form).as("pre-filled from the account and member")
                .contains("value=\"member.kyotamba@example.jp\"", "京丹波町");
        Thread.sleep(1100);
        HttpResponse<String> sent = send(member, "/members/inquiry.xhtml", form, Map.of(
                "type", eventType, "name", "京丹波町 企画情報課 担当", "kana", "きょうたんば たろう",
                "email", "member.kyotamba@example.jp", "emailConfirmation", "member.kyotamba@example.jp",
                "subject", "第1回全国連携講演会への参加", "message", "講演会に職員2名で参加したいと考えています。",
                "consent", "true"));
        assertThat(sent.body()).contains("お問い合わせを受け付けました。", "全国連携講演会 事務局");
        String reference = reference(sent.body());
        awaitMail("koenkai@example.jp", reference);
        awaitMail("desk.project@example.jp", reference);

        assertThat(member.get("/members/inquiries.xhtml").body()).contains(reference, "第1回全国連携講演会への参加");
        assertThat(member.get("/members/inquiry-view.xhtml?ref=" + reference).body())
                .contains("講演会に職員2名で参加したいと考えています。");
    }

    @Test
    void aContactClaimsNotesRepliesAndTransfersAndTheSenderSeesOnlyTheReply() throws Exception {
        PortalClient visitor = new PortalClient(uri());
        String reference = reference(ask(visitor, "会員登録について", "tanaka@town.example.jp", "担当者の変更",
                "4月の異動で担当者が変わりました。登録の変更方法を教えてください。").body());
        MimeMessage receipt = awaitMail("tanaka@town.example.jp", reference);

        PortalClient contact = new PortalClient(uri());
        contact.login("desk.kyogikai", DEMO_PASSWORD);
        String queue = contact.get("/desk/index.xhtml").body();
        assertThat(queue).contains(reference, "担当者の変更");
        String id = extract("inquiry\\.xhtml\\?id=(\\d+)\">" + reference, queue);
        String path = "/desk/inquiry.xhtml?id=" + id;

        String claimed = contact.post(path, contact.get(path).body(), "assignForm", Map.of(), "claim").body();
        assertThat(claimed).contains("このお問い合わせの担当になりました。", "特別区協議会 事業推進課 担当",
                "id=\"status\">対応中<");
        String noted = contact.post(path, claimed, "noteForm", Map.of("note", "会員番号を確認済み。内部でのみ共有。"), "save")
                .body();
        assertThat(noted).contains("内部メモを残しました。", "会員番号を確認済み。内部でのみ共有。");
        String replied = contact.post(path, noted, "replyForm",
                Map.of("reply", "会員専用ページの「登録情報」から担当者を変更できます。"), "send").body();
        assertThat(replied).contains("回答を送信しました。", "id=\"status\">回答済<");

        MimeMessage answer = awaitMail("tanaka@town.example.jp", "お問い合わせへの回答");
        assertThat(answer.getSubject()).contains(reference, "担当者の変更");
        assertThat((String) answer.getContent()).contains("会員専用ページの「登録情報」から担当者を変更できます。")
                .doesNotContain("会員番号を確認済み");
        String status = visitor.get(Mail.link(receipt, "/inquiry/status\\.xhtml\\?key=[A-Za-z0-9_-]+")).body();
        assertThat(status).contains("id=\"status\">回答済<", "会員専用ページの「登録情報」から担当者を変更できます。")
                .doesNotContain("会員番号を確認済み");

        String page = contact.get(path).body();
        String projectDesk = extract("<option value=\"(\\d+)\">" + PROJECT_DESK + "</option>", page);
        HttpResponse<String> stale = contact.post(path, claimed, "statusForm", Map.of("newStatus", "CLOSED"), "change");
        assertThat(stale.body()).as("a page older than the last change").contains("他の担当者が更新しました");
        HttpResponse<String> transferred = contact.post(path, page, "transferForm",
                Map.of("target", projectDesk, "reason", "プロジェクトの内容に関するご質問のため"), "transfer");
        assertThat(transferred.body()).contains("お問い合わせを回付しました。");
        MimeMessage handedOver = awaitMail("desk.project@example.jp", "回付されました");
        assertThat((String) handedOver.getContent()).contains(reference, "プロジェクトの内容に関するご質問のため",
                MEMBERSHIP_DESK);
        assertThat(contact.get(path).body()).as("no longer the foundation's inquiry")
                .contains("お問い合わせが見つからないか、担当する窓口のものではありません。");

        PortalClient projectContact = new PortalClient(uri());
        projectContact.login("desk.project", DEMO_PASSWORD);
        assertThat(projectContact.get(path).body()).contains(reference, "id=\"status\">新規<", "窓口の変更（回付）",
                "会員番号を確認済み。内部でのみ共有。");
    }

    @Test
    void aContactOfOneDeskCannotOpenAnotherDesksInquiriesOrFiles() throws Exception {
        PortalClient visitor = new PortalClient(uri());
        String page = visitor.get("/inquiry/index.xhtml").body();
        Thread.sleep(1100);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String sent = visitor.postMultipart("/inquiry/index.xhtml", page, "inquiryForm",
                fields("会員登録について", page, "suzuki@village.example.jp", "申込書の添付", "申込書をお送りします。"),
                "file", "申込書.pdf", "application/pdf", pdf, "submit").body();
        String reference = reference(sent);

        PortalClient foundation = new PortalClient(uri());
        foundation.login("desk.kyogikai", DEMO_PASSWORD);
        String id = extract("inquiry\\.xhtml\\?id=(\\d+)\">" + reference, foundation.get("/desk/index.xhtml").body());
        String detail = foundation.get("/desk/inquiry.xhtml?id=" + id).body();
        assertThat(detail).contains("申込書.pdf", "PDF 約1KB");
        String attachment = extract("(/desk/attachment\\?id=\\d+)", detail);
        HttpResponse<byte[]> file = foundation.download(attachment);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.body()).isEqualTo(pdf);

        PortalClient project = new PortalClient(uri());
        project.login("desk.project", DEMO_PASSWORD);
        assertThat(project.get("/desk/inquiry.xhtml?id=" + id).body())
                .contains("お問い合わせが見つからないか、担当する窓口のものではありません。")
                .doesNotContain("申込書をお送りします。");
        assertThat(project.download(attachment).statusCode()).isEqualTo(404);
        assertThat(project.get("/desk/index.xhtml?status=ALL").body()).doesNotContain(reference);
        assertThat(new String(project.download("/desk/export?format=csv&status=ALL").body(), StandardCharsets.UTF_8))
                .doesNotContain(reference);

        PortalClient member = new PortalClient(uri());
        member.login("member.kyotamba", DEMO_PASSWORD);
        assertThat(member.get("/desk/inquiry.xhtml?id=" + id).statusCode()).isEqualTo(403);
        assertThat(member.download(attachment).statusCode()).isEqualTo(403);
    }

    @Test
    void theQueueExportsToExcelAndToCsvWithByteOrderMark() throws Exception {
        PortalClient visitor = new PortalClient(uri());
        String reference = reference(ask(visitor, "会員登録について", "export@city.example.jp", "=1+1 の件",
                "改行を含む\n本文です。カンマ, も入ります。").body());

        PortalClient contact = new PortalClient(uri());
        contact.login("desk.kyogikai", DEMO_PASSWORD);
        HttpResponse<byte[]> csv = contact.download("/desk/export?format=csv&status=ALL");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("filename*=UTF-8''"));
        byte[] bytes = csv.body();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3,
                bytes.length - 3), StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            CSVRecord row = rows.stream().filter(r -> r.get("受付番号").equals(reference)).findFirst().orElseThrow();
            assertThat(row.get("件名")).isEqualTo("'=1+1 の件");
            assertThat(row.get("内容")).isEqualTo("改行を含む\n本文です。カンマ, も入ります。");
            assertThat(row.get("窓口")).isEqualTo(MEMBERSHIP_DESK);
        }
        HttpResponse<byte[]> xlsx = contact.download("/desk/export?format=xlsx&status=ALL");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("お問い合わせ一覧");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("受付番号");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= reference.equals(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void badInputIsExplainedAtEachFieldAndNothingTypedIsLost() throws Exception {
        PortalClient visitor = new PortalClient(uri());
        String page = visitor.get("/inquiry/index.xhtml").body();
        Map<String, String> fields = new HashMap<>(fields("プロジェクトについて", page, "sato@city.example.jp",
                "連携事業の相談", "特産品の販売で連携したいと考えています。"));
        String tooFast = send(visitor, "/inquiry/index.xhtml", page, fields).body();
        assertThat(tooFast).contains("送信が早すぎるため受け付けられませんでした", "特産品の販売で連携したいと考えています。");

        Thread.sleep(1100);
        fields.put("kana", "Sato");
        fields.put("emailConfirmation", "other@city.example.jp");
        fields.put("subject", "");
        fields.remove("consent");
        String refused = send(visitor, "/inquiry/index.xhtml", tooFast, fields).body();
        assertThat(refused).contains("入力内容に誤りがあります。", "確認用のメールアドレスが一致しません。", "件名を入力してください。",
                "個人情報の取扱いへの同意が必要です。", "value=\"山田 花子\"", "特産品の販売で連携したいと考えています。");

        String exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000"
                + "This program cannot be run in DOS mode.";
        String renamed = visitor.postMultipart("/inquiry/index.xhtml", refused, "inquiryForm",
                fields("プロジェクトについて", page, "sato@city.example.jp", "連携事業の相談", "資料を添付します。"),
                "file", "資料.pdf", "application/pdf", exe.getBytes(StandardCharsets.ISO_8859_1), "submit").body();
        assertThat(renamed).contains("添付できるのはPDF・JPEG・PNG・WebP形式のファイルだけです", "資料を添付します。");
        String html = visitor.postMultipart("/inquiry/index.xhtml", renamed, "inquiryForm",
                fields("プロジェクトについて", page, "sato@city.example.jp", "連携事業の相談", "資料を添付します。"),
                "file", "資料.pdf", "application/pdf",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), "submit").body();
        assertThat(html).contains("添付できるのはPDF・JPEG・PNG・WebP形式のファイルだけです");

        Map<String, String> bot = new HashMap<>(fields("プロジェクトについて", page, "bot@spam.example.com", "件名", "本文"));
        bot.put("website", "http://spam.example.com");
        String spam = send(visitor, "/inquiry/index.xhtml", html, bot).body();
        assertThat(spam).contains("送信できませんでした。").doesNotContain("お問い合わせを受け付けました");
        assertThat(MAIL.getReceivedMessagesForDomain("sato@city.example.jp")).isEmpty();
        assertThat(MAIL.getReceivedMessagesForDomain("bot@spam.example.com")).isEmpty();
    }

    @Test
    void oneAddressCanSendFiveInquiriesAnHour() throws Exception {
        PortalClient visitor = new PortalClient(uri());
        for (int i = 1; i <= 5; i++) {
            assertThat(ask(visitor, "その他", "busy@city.example.jp", "質問" + i, "本文" + i).body())
                    .contains("お問い合わせを受け付けました。");
        }
        String sixth = ask(visitor, "その他", "BUSY@city.example.jp", "質問6", "6件目の本文").body();
        assertThat(sixth).contains("同じメールアドレスから短時間に多くのお問い合わせが送られたため", "6件目の本文")
                .doesNotContain("お問い合わせを受け付けました。");
    }

    @Test
    void overdueInquiriesAreHighlightedAndTheDeskIsReminded() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgresql(),
                "moving a deadline into the past needs the database from outside: runs in the PostgreSQL pass");
        PortalClient visitor = new PortalClient(uri());
        String reference = reference(ask(visitor, "会員登録について", "late@city.example.jp", "期限切れの確認",
                "回答が遅れる場合の確認です。").body());
        assertThat(TestDatabase.update("UPDATE inquiry SET due_on = ? WHERE reference = ?",
                java.sql.Date.valueOf(LocalDate.now().minusDays(10)), reference)).isEqualTo(1);

        PortalClient contact = new PortalClient(uri());
        contact.login("desk.kyogikai", DEMO_PASSWORD);
        String overdue = contact.get("/desk/index.xhtml?overdue=true").body();
        assertThat(overdue).contains(reference, "overdue-row");

        PortalClient admin = AdminSession.signIn(new PortalClient(uri()));
        String sla = admin.get("/admin/inquiries/index.xhtml").body();
        String reminded = admin.post("/admin/inquiries/index.xhtml", sla, "slaForm", Map.of(), "remind").body();
        assertThat(reminded).containsPattern("期限超過のお問い合わせ[1-9]\\d*件について督促メールを送りました。");
        MimeMessage reminder = awaitMail("desk.kyogikai@example.jp", "回答期限を過ぎたお問い合わせ");
        assertThat((String) reminder.getContent()).contains(reference, "/desk/index.xhtml?overdue=true");
        String again = admin.post("/admin/inquiries/index.xhtml", reminded, "slaForm", Map.of(), "remind").body();
        assertThat(again).as("once a business day").contains("期限超過のお問い合わせ0件について督促メールを送りました。");
    }

    /** Sends the inquiry form as a browser does: multipart, with an empty file part when no file is chosen. */
    private static HttpResponse<String> send(PortalClient client, String path, String page, Map<String, String> fields) {
        return client.postMultipart(path, page, "inquiryForm", fields, "file", "", "application/octet-stream",
                new byte[0], "submit");
    }

    /** Opens the public form, waits past the minimum fill time and sends an inquiry. */
    private HttpResponse<String> ask(PortalClient visitor, String type, String email, String subject, String message)
            throws InterruptedException {
        String page = visitor.get("/inquiry/index.xhtml").body();
        Thread.sleep(1100);
        return send(visitor, "/inquiry/index.xhtml", page, fields(type, page, email, subject, message));
    }

    private static Map<String, String> fields(String type, String page, String email, String subject,
                                              String message) {
        Map<String, String> fields = new HashMap<>();
        fields.put("type", extract("<option value=\"(\\d+)\">" + type + "</option>", page));
        fields.put("name", "山田 花子");
        fields.put("kana", "やまだ はなこ");
        fields.put("organisation", "");
        fields.put("email", email);
        fields.put("emailConfirmation", email);
        fields.put("phone", "");
        fields.put("subject", subject);
        fields.put("message", message);
        fields.put("website", "");
        fields.put("consent", "true");
        return fields;
    }

    private static String reference(String body) {
        Matcher matcher = REFERENCE.matcher(body);
        assertThat(matcher.find()).as("a reference number in %s", body.contains("<main")
                ? body.substring(body.indexOf("<main")) : body).isTrue();
        return matcher.group();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) throws Exception {
        return Mail.await(MAIL, recipient, subjectPart, 30);
    }

    private URI uri() {
        return Deployments.local(base);
    }

    private static String extract(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text.contains("<main") ? text.substring(text.indexOf("<main"))
                : text).isTrue();
        return matcher.group(1);
    }
}
