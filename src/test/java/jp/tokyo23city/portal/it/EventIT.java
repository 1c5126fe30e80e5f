package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.junit5.GreenMailExtension;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Events end to end over HTTP with real mail: an admin creates the 全国連携講演会 of the newsletter with its programme
 * and opens two seats; three people sign up, the third is waitlisted, one cancels by the mailed link, the third moves
 * up and is mailed; the .ics parses; organisers check people in from the list and by the QR code, and export the
 * list; staff who do not organise the event are refused; a touring exhibition shows its current stop; scheduled and
 * members-only events stay hidden from the public.
 */
@ExtendWith(ArquillianExtension.class)
class EventIT {

    static {
        TestDatabase.reset();
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    @ArquillianResource
    URL base;

    PortalClient admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void signInAsAdmin() {
        admin = AdminSession.signIn(new PortalClient(uri()));
    }

    @Test
    void theSeedLectureFillsUpWaitlistsAndPromotesTheNextWhenSomeoneCancels() throws Exception {
        // The programme of the newsletter's 講演会, two seats. The seed's own date (12 Aug 2025) is past on this
        // clock and could take no sign-ups, so the same programme is held on the same day a year ahead of today.
        LocalDate day = nextAugust12();
        Map<String, String> fields = lectureFields("令和7年度 第1回全国連携講演会（再演）", day);
        fields.put("signupEnabled", "on");
        fields.put("capacity", "2");
        fields.put("questions", "参加区分（自治体職員・区民など）");
        fields.put("onlineUrl", "https://meet.example.jp/kouenkai-2025");
        long id = createEvent(fields, "addPart", "addPart", "parts:1:addSpeaker", "parts:1:addSpeaker",
                "parts:1:addSpeaker", "parts:2:addSpeaker");

        String page = new PortalClient(uri()).get("/events/view.xhtml?id=" + id).body();
        assertThat(page).contains(wareki(day), "14:00～16:30", "特別区職員研修所 9階交流スペース",
                "東京都千代田区飯田橋三丁目5番1号", "開会あいさつ", "第1部 講演", "第2部 対談", "京都における観光地域づくり",
                "亀谷 義忠", "一般社団法人京都府北部地域連携都市圏振興社（海の京都DMO）", "総合企画局長", "高橋 俊行",
                "勝山 享", "中小路 健吾", "主催：特別区長会", "連携協力：京都府市長会", "残り2席");

        // The .ics of the event parses and holds its time in UTC (14:00 in Japan is 05:00Z).
        HttpResponse<byte[]> ics = new PortalClient(uri()).download("/events/ics?id=" + id);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        VEvent lecture = onlyEvent(parse(ics.body()));
        assertThat(value(lecture, Property.SUMMARY)).isEqualTo("令和7年度 第1回全国連携講演会（再演）");
        assertThat(value(lecture, Property.DTSTART)).isEqualTo(utc(day, 14, 0));
        assertThat(value(lecture, Property.DTEND)).isEqualTo(utc(day, 16, 30));
        assertThat(value(lecture, Property.LOCATION)).contains("特別区職員研修所");
        assertThat(page).as("the online URL is for participants only").doesNotContain("meet.example.jp");
        assertThat(new String(ics.body(), StandardCharsets.UTF_8)).doesNotContain("meet.example.jp");

        // 1: a member of the public.
        PortalClient hanako = new PortalClient(uri());
        assertThat(signUp(hanako, id, "特別 花子", "トクベツ ハナコ", "hanako@example.jp").body())
                .contains("参加が確定しました");
        // 2: staff of 京丹波町, with their account's name and address filled in.
        PortalClient kyotamba = new PortalClient(uri());
        kyotamba.login("member.kyotamba", "demo-password-2026");
        String form = kyotamba.get("/events/signup.xhtml?id=" + id).body();
        assertThat(form).contains("value=\"member.kyotamba@example.jp\"", "value=\"京丹波町 企画情報課 担当\"");
        HttpResponse<String> member = kyotamba.post("/events/signup.xhtml?id=" + id, form, "signupForm",
                Map.of("kana", "たんば いちろう", "questions:0:answer", "自治体職員"), "submit");
        assertThat(member.body()).contains("参加が確定しました");
        assertThat(kyotamba.get("/events/view.xhtml?id=" + id).body()).contains("https://meet.example.jp/kouenkai-2025");
        // 3: no seat left: the waitlist.
        assertThat(new PortalClient(uri()).get("/events/view.xhtml?id=" + id).body()).contains("満席・キャンセル待ち受付中");
        assertThat(signUp(new PortalClient(uri()), id, "区民 次郎", "くみん じろう", "jiro@example.jp").body())
                .contains("キャンセル待ちで受け付けました");
        // The same address twice is refused.
        assertThat(signUp(new PortalClient(uri()), id, "区民 次郎", "くみん じろう", "JIRO@example.jp").body())
                .contains("このメールアドレスでは既にお申込みいただいています。");

        MimeMessage confirmation = Mail.await(MAIL, "hanako@example.jp", "【参加確定】", 30);
        assertThat(text(confirmation)).contains("特別 花子 様", wareki(day), "オンライン参加URL：https://meet.example.jp/kouenkai-2025");
        VEvent attached = onlyEvent(parse(attachment(confirmation, "event.ics")));
        assertThat(value(attached, Property.DTSTART)).isEqualTo(utc(day, 14, 0));
        Mail.await(MAIL, "member.kyotamba@example.jp", "【参加確定】", 30);
        assertThat(text(Mail.await(MAIL, "jiro@example.jp", "【キャンセル待ち】", 30))).contains("キャンセル待ちで承りました");

        // 花子 cancels by the link of her mail; 次郎 moves up and is mailed.
        String cancel = find("/events/cancel\\.xhtml\\?token=[A-Za-z0-9_-]+", text(confirmation));
        PortalClient hanakoLater = new PortalClient(uri());
        String cancelPage = hanakoLater.get(cancel).body();
        assertThat(cancelPage).contains("特別 花子 様の「令和7年度 第1回全国連携講演会（再演）」へのお申込みをキャンセルします");
        assertThat(hanakoLater.post(cancel, cancelPage, "cancelForm", Map.of(), "cancel").body())
                .contains("へのお申込みをキャンセルしました");
        assertThat(hanakoLater.get(cancel).body()).as("the link works once").contains("このリンクは無効か");
        Mail.await(MAIL, "hanako@example.jp", "【キャンセル受付】", 30);
        MimeMessage promoted = Mail.await(MAIL, "jiro@example.jp", "【参加確定】", 30);
        assertThat(text(promoted)).contains("キャンセル待ちから参加確定となりました");
        assertThat(new PortalClient(uri()).get("/events/view.xhtml?id=" + id).body()).contains("満席・キャンセル待ち受付中");

        // The QR code of the mail is the check-in link.
        String checkin = find("/events/organise/checkin\\.xhtml\\?token=[A-Za-z0-9_-]+", text(promoted));
        assertThat(decodeQr(attachment(promoted, "checkin-qr.png"))).endsWith(checkin);

        // Organisers: the list, check-in of 京丹波町 from the list, of 次郎 by his QR code.
        String list = admin.get("/events/organise/participants.xhtml?id=" + id).body();
        assertThat(list).contains("特別 花子", "キャンセル", "京丹波町 企画情報課 担当", "区民 次郎", "参加確定 2名");
        HttpResponse<String> checkedIn = admin.post("/events/organise/participants.xhtml?id=" + id, list, "listForm",
                Map.of(), "rows:1:checkIn");
        assertThat(checkedIn.body()).contains("京丹波町 企画情報課 担当 様を受付しました。", "受付済み 1名");
        assertThat(admin.get(checkin).body()).contains("区民 次郎 様を受付しました。");
        assertThat(admin.get(checkin).body()).contains("区民 次郎 様は既に受付済みです。");

        // The export opens as UTF-8 with BOM in a CSV parser, and as a workbook.
        HttpResponse<byte[]> csv = admin.download("/events/organise/export?id=" + id + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".csv"));
        byte[] bytes = csv.body();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csvText = new String(bytes, StandardCharsets.UTF_8);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(csvText.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(3);
        CSVRecord jiro = records.stream().filter(r -> r.get("氏名").equals("区民 次郎")).findFirst().orElseThrow();
        assertThat(jiro.get("状態")).isEqualTo("参加確定");
        assertThat(jiro.get("ふりがな")).isEqualTo("くみん じろう");
        assertThat(jiro.get("受付日時")).startsWith("令和");
        assertThat(records.stream().filter(r -> r.get("氏名").equals("特別 花子")).findFirst().orElseThrow().get("状態"))
                .isEqualTo("キャンセル");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                admin.download("/events/organise/export?id=" + id + "&format=xlsx").body()))) {
            assertThat(workbook.getSheet("参加者一覧").getLastRowNum()).isEqualTo(3);
        }

        // Staff who do not organise the event see nothing of its participants, by page or by download.
        PortalClient ward = new PortalClient(uri());
        ward.login("ward.chiyoda", "demo-password-2026");
        HttpResponse<String> denied = ward.get("/events/organise/participants.xhtml?id=" + id);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).doesNotContain("区民 次郎", "jiro@example.jp");
        assertThat(ward.download("/events/organise/export?id=" + id + "&format=csv").statusCode()).isEqualTo(403);
        assertThat(ward.get(checkin).statusCode()).isEqualTo(403);
        assertThat(ward.get("/events/organise/index.xhtml").body()).contains("担当しているイベントはありません。");
        // Nor does the public: the organisers' pages ask to sign in.
        HttpResponse<String> anonymous = new PortalClient(uri()).get("/events/organise/participants.xhtml?id=" + id);
        assertThat(anonymous.body()).contains("loginForm").doesNotContain("区民 次郎");

        // Assigned as organiser by the admin, the same ward staff may.
        String edit = admin.get("/admin/events/edit.xhtml?id=" + id).body();
        fields.put("organiserUsernames", "ward.chiyoda");
        assertThat(admin.post("/admin/events/edit.xhtml?id=" + id, edit, "editForm", fields, "save").body())
                .contains("を保存しました。");
        assertThat(ward.get("/events/organise/participants.xhtml?id=" + id).body()).contains("区民 次郎");
    }

    @Test
    void theNewsletterLectureIsListedAmongPastEventsWithItsProgrammeInJapaneseDates() {
        PortalClient visitor = new PortalClient(uri());
        String past = visitor.get("/events/index.xhtml?period=PAST").body();
        String id = find("view\\.xhtml\\?id=(\\d+)\">令和7年度 第1回全国連携講演会<", past, 1);
        String page = visitor.get("/events/view.xhtml?id=" + id).body();
        assertThat(page).contains("令和7年8月12日(火)", "開催済み", "開催報告", "海の京都DMO", "森の京都DMO", "お茶の京都DMO",
                "事前申込不要", "特別区長会事務局 調査第1課 全国連携プロジェクト担当", "03-5210-9747");
        assertThat(visitor.get("/events/index.xhtml?fy=2025").body()).contains("令和7年度 第1回全国連携講演会",
                "10周年活動紹介パネル展");
        assertThat(visitor.get("/events/index.xhtml?period=PAST&kind=EXHIBITION").body())
                .contains("全国連携展示").doesNotContain(">令和7年度 第1回全国連携講演会<");
        // The exchange meeting was for ward staff only.
        assertThat(past).doesNotContain("京都府DMO職員と23区事務担当者との意見交換会");
        PortalClient ward = new PortalClient(uri());
        ward.login("ward.chiyoda", "demo-password-2026");
        assertThat(ward.get("/events/index.xhtml?period=PAST").body()).contains("京都府DMO職員と23区事務担当者との意見交換会");
        assertThat(visitor.get("/events/calendar.xhtml?month=2025-08").body()).contains("令和7年8月", "令和7年度 第1回全国連携講演会");
    }

    @Test
    void aTouringExhibitionShowsItsPastCurrentAndFutureStops() throws Exception {
        LocalDate today = LocalDate.now(JAPAN);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "全国連携パネル巡回展示（IT）");
        fields.put("kind", "TOURING_EXHIBITION");
        fields.put("audience", "PUBLIC");
        fields.put("summary", "23区と各地域の連携実績をパネルで紹介します。");
        fields.put("venue", "23区内の区役所など");
        fields.put("startsOn", today.minusDays(40).toString());
        fields.put("endsOn", today.plusDays(30).toString());
        fields.put("status", "PUBLISHED");
        stop(fields, 0, "ECOM駿河台", today.minusDays(40), today.minusDays(20));
        stop(fields, 1, "千代田区役所 1階ロビー", today.minusDays(5), today.plusDays(5));
        stop(fields, 2, "新宿区役所 本庁舎1階", today.plusDays(20), today.plusDays(30));
        long id = createEvent(fields, "addStop", "addStop");

        String page = new PortalClient(uri()).get("/events/view.xhtml?id=" + id).body();
        assertThat(find("id=\"currentStop\">(.*?)</p>", page, 1)).contains("千代田区役所 1階ロビー")
                .doesNotContain("ECOM駿河台", "新宿区役所");
        assertThat(page).contains("ECOM駿河台", "新宿区役所 本庁舎1階");
        assertThat(find("<tr class=\"stop-past\">(.*?)</tr>", page, 1)).contains("ECOM駿河台").contains("終了");
        assertThat(find("<tr class=\"stop-future\">(.*?)</tr>", page, 1)).contains("新宿区役所").contains("予定");
        Calendar calendar = parse(new PortalClient(uri()).download("/events/ics?id=" + id).body());
        assertThat(calendar.getComponents(VEvent.VEVENT)).hasSize(3);
        assertThat(new PortalClient(uri()).get("/events/index.xhtml?period=CURRENT").body()).contains("全国連携パネル巡回展示（IT）");
    }

    @Test
    void scheduledAndMembersOnlyEventsStayHiddenFromThePublicButReachTheMembersFeed() throws Exception {
        LocalDate later = LocalDate.now(JAPAN).plusDays(50);
        Map<String, String> scheduled = simpleEvent("令和8年度 全国連携シンポジウム（予告）", "SYMPOSIUM", later);
        scheduled.put("publishAt", later.minusDays(10) + "T09:00");
        long scheduledId = createEvent(scheduled);
        Map<String, String> members = simpleEvent("会員自治体との情報交換会（IT）", "EXCHANGE_MEETING", later);
        members.put("audience", "MEMBERS");
        long membersId = createEvent(members);

        PortalClient visitor = new PortalClient(uri());
        assertThat(visitor.get("/events/view.xhtml?id=" + scheduledId).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/events/view.xhtml?id=" + membersId).statusCode()).isEqualTo(404);
        String upcoming = visitor.get("/events/index.xhtml").body();
        assertThat(upcoming).doesNotContain("全国連携シンポジウム（予告）", "会員自治体との情報交換会（IT）");
        String publicFeed = new String(visitor.download("/events/feed.ics").body(), StandardCharsets.UTF_8);
        assertThat(summaries(parse(publicFeed.getBytes(StandardCharsets.UTF_8))))
                .doesNotContain("会員自治体との情報交換会（IT）", "令和8年度 全国連携シンポジウム（予告）");

        PortalClient kyotamba = new PortalClient(uri());
        kyotamba.login("member.kyotamba", "demo-password-2026");
        assertThat(kyotamba.get("/events/view.xhtml?id=" + membersId).body()).contains("会員・特別区職員向け");
        String index = kyotamba.get("/events/organise/index.xhtml").body();
        String issued = kyotamba.post("/events/organise/index.xhtml", index, "feedForm", Map.of(), "issue").body();
        String feed = find("id=\"feedUrl\">[^<]*(/events/feed\\.ics\\?token=[A-Za-z0-9_-]+)<", issued, 1);
        List<String> personal = summaries(parse(new PortalClient(uri()).download(feed).body()));
        assertThat(personal).contains("会員自治体との情報交換会（IT）").doesNotContain("令和8年度 全国連携シンポジウム（予告）");
        assertThat(new PortalClient(uri()).download("/events/feed.ics?token=not-a-token").statusCode()).isEqualTo(404);
    }

    @Test
    void organisersApproveRemindAndMailAndTheReportShowsPhotosAndMaterials() throws Exception {
        LocalDate day = LocalDate.now(JAPAN).plusDays(40);
        Map<String, String> fields = simpleEvent("京都府DMO職員との意見交換会（承認制）", "EXCHANGE_MEETING", day);
        fields.put("signupEnabled", "on");
        fields.put("capacity", "1");
        fields.put("approvalRequired", "on");
        long id = createEvent(fields);
        assertThat(signUp(new PortalClient(uri()), id, "京都 太郎", "きょうと たろう", "taro@example.jp").body())
                .contains("主催者の確認後");
        signUp(new PortalClient(uri()), id, "丹波 二郎", "たんば じろう", "jiro.tamba@example.jp");
        Mail.await(MAIL, "taro@example.jp", "【申込受付】", 30);

        String path = "/events/organise/participants.xhtml?id=" + id;
        String list = admin.get(path).body();
        assertThat(list).contains("承認待ち 2名");
        list = admin.post(path, list, "listForm", Map.of(), "rows:0:approve").body();
        list = admin.post(path, list, "listForm", Map.of(), "rows:1:approve").body();
        assertThat(list).contains("参加確定 1名", "キャンセル待ち 1名");
        Mail.await(MAIL, "taro@example.jp", "【参加確定】", 30);
        Mail.await(MAIL, "jiro.tamba@example.jp", "【キャンセル待ち】", 30);

        assertThat(admin.post(path, list, "remindForm", Map.of(), "remind").body()).contains("1名にリマインドメールを送信しました。");
        MimeMessage reminder = Mail.await(MAIL, "taro@example.jp", "【開催のご案内】", 30);
        assertThat(onlyEvent(parse(attachment(reminder, "event.ics")))).isNotNull();
        assertThat(admin.post(path, admin.get(path).body(), "remindForm", Map.of(), "remind").body())
                .as("each participant is reminded once").contains("0名にリマインドメールを送信しました。");
        assertThat(admin.post(path, admin.get(path).body(), "mailForm", Map.of("subject", "会場変更のお知らせ",
                "body", "会場が20階に変わりました。", "includeWaitlist", "on"), "send").body()).contains("2名にメールを送信しました。");
        assertThat(text(Mail.await(MAIL, "jiro.tamba@example.jp", "会場変更のお知らせ", 30))).contains("会場が20階に変わりました。");

        // One more seat: the waitlist moves up at once.
        fields.put("capacity", "2");
        String edit = "/admin/events/edit.xhtml?id=" + id;
        assertThat(admin.post(edit, admin.get(edit).body(), "editForm", fields, "save").body()).contains("を保存しました。");
        assertThat(text(Mail.await(MAIL, "jiro.tamba@example.jp", "【参加確定】", 30))).contains("キャンセル待ちから参加確定");
        assertThat(admin.get(path).body()).contains("参加確定 2名", "キャンセル待ち 0名");

        // Files: a photo of the day and a speaker's PDF; a text file named .pdf is refused by its content.
        String page = admin.get(edit).body();
        page = admin.postMultipart(edit, page, "filesForm", "upload", "photo.png", png(), "purposes:2:upload").body();
        assertThat(page).contains("「photo.png」を登録しました。");
        assertThat(admin.postMultipart(edit, page, "filesForm", "upload", "fake.pdf",
                "これはPDFではありません".getBytes(StandardCharsets.UTF_8), "purposes:3:upload").body())
                .contains("この用途に登録できない種類のファイルです");
        assertThat(admin.postMultipart(edit, page, "filesForm", "upload", "kameya-materials.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                "purposes:3:upload").body()).contains("「kameya-materials.pdf」を登録しました。");

        fields.put("status", "HELD");
        fields.put("attendance", "2");
        assertThat(admin.post(edit, admin.get(edit).body(), "editForm", fields, "save").body()).contains("を保存しました。");
        String report = new PortalClient(uri()).get("/events/view.xhtml?id=" + id).body();
        assertThat(report).contains("開催報告", "参加者数：2名", "当日の様子", "kameya-materials.pdf");
        String photo = find("<img src=\"/events/file\\?id=(\\d+)\" alt=\"当日の様子\"", report, 1);
        HttpResponse<byte[]> served = new PortalClient(uri()).download("/events/file?id=" + photo);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(served.body()).isEqualTo(png());

        // Cancelled after all: everyone still signed up is told.
        fields.put("status", "CANCELLED");
        assertThat(admin.post(edit, admin.get(edit).body(), "editForm", fields, "save").body()).contains("を保存しました。");
        Mail.await(MAIL, "taro@example.jp", "【中止のお知らせ】", 30);
        Mail.await(MAIL, "jiro.tamba@example.jp", "【中止のお知らせ】", 30);
    }

    @Test
    void kindsOfEventAreDataThatAdminsExtend() {
        String path = "/admin/events/kinds.xhtml";
        assertThat(admin.get(path).body()).contains("講演会", "意見交換会", "展示", "巡回展示", "シンポジウム", "物産展", "その他");
        assertThat(admin.submit(path, "addForm", Map.of("code", "lower", "nameJa", "視察", "nameEn", "Visit"), "save").body())
                .contains("コードは半角英大文字で始まる");
        assertThat(admin.submit(path, "addForm", Map.of("code", "STUDY_TOUR", "nameJa", "視察ツアー", "nameEn", "Study tour",
                "sortOrder", "70"), "save").body()).contains("種類「視察ツアー」を保存しました。");
        assertThat(new PortalClient(uri()).get("/events/index.xhtml").body()).contains(">視察ツアー<");
        assertThat(admin.get("/admin/events/edit.xhtml").body()).contains(">視察ツアー<");
    }

    @Test
    void parallelSignUpsForTheLastSeatGiveItToExactlyOne() throws Exception {
        Map<String, String> fields = simpleEvent("先着1名の見学会（IT）", "OTHER", LocalDate.now(JAPAN).plusDays(20));
        fields.put("signupEnabled", "on");
        fields.put("capacity", "1");
        long id = createEvent(fields);
        String path = "/events/signup.xhtml?id=" + id;
        int people = 5;
        List<PortalClient> clients = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            PortalClient client = new PortalClient(uri());
            clients.add(client);
            forms.add(client.get(path).body());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(people);
        try {
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                int n = i;
                results.add(pool.submit(() -> clients.get(n).post(path, forms.get(n), "signupForm", Map.of(
                        "name", "来場者 " + n, "kana", "らいじょうしゃ", "email", "visitor" + n + "@example.jp"), "submit")
                        .body()));
            }
            int confirmed = 0;
            int waitlisted = 0;
            for (java.util.concurrent.Future<String> result : results) {
                String body = result.get(120, java.util.concurrent.TimeUnit.SECONDS);
                confirmed += body.contains("参加が確定しました") ? 1 : 0;
                waitlisted += body.contains("キャンセル待ちで受け付けました") ? 1 : 0;
            }
            assertThat(confirmed).isEqualTo(1);
            assertThat(waitlisted).isEqualTo(people - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(admin.get("/events/organise/participants.xhtml?id=" + id).body()).contains("参加確定 1名", "キャンセル待ち 4名");
    }

    // --- helpers ---

    private Map<String, String> lectureFields(String title, LocalDate day) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("kind", "LECTURE");
        f.put("audience", "PUBLIC");
        f.put("summary", "「京都における観光地域づくりと、京都府市町村・特別区の自治体間連携への期待」");
        f.put("venue", "特別区職員研修所 9階交流スペース");
        f.put("venueAddress", "東京都千代田区飯田橋三丁目5番1号");
        f.put("startsOn", day.toString());
        f.put("startTime", "14:00");
        f.put("endTime", "16:30");
        f.put("status", "PUBLISHED");
        f.put("organisers:0:role", "HOST");
        f.put("organisers:0:organiserName", "特別区長会");
        f.put("organisers:1:role", "COOPERATION");
        f.put("organisers:1:organiserName", "京都府市長会");
        part(f, 0, "開会あいさつ", "14:00", null);
        speaker(f, 0, 0, "吉住 健一", "会長", "特別区長会（新宿区長）");
        part(f, 1, "第1部 講演", "14:05", "京都における観光地域づくり");
        speaker(f, 1, 0, "中小路 健吾", "会長", "京都府市長会（長岡京市長）");
        speaker(f, 1, 1, "亀谷 義忠", "総合企画局長", "一般社団法人京都府北部地域連携都市圏振興社（海の京都DMO）");
        speaker(f, 1, 2, "高橋 俊行", "総括部長", "一般社団法人森の京都地域振興社（森の京都DMO）");
        speaker(f, 1, 3, "勝山 享", "総合企画局長", "一般社団法人京都山城地域振興社（お茶の京都DMO）");
        part(f, 2, "第2部 対談", "15:40", "京都府市町村・特別区の自治体間連携への期待");
        speaker(f, 2, 0, "中小路 健吾", "会長", "京都府市長会（長岡京市長）");
        speaker(f, 2, 1, "吉住 健一", "会長", "特別区長会（新宿区長）");
        return f;
    }

    private Map<String, String> simpleEvent(String title, String kind, LocalDate day) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("kind", kind);
        f.put("audience", "PUBLIC");
        f.put("summary", title + "のご案内");
        f.put("venue", "東京区政会館");
        f.put("startsOn", day.toString());
        f.put("status", "PUBLISHED");
        return f;
    }

    private static void part(Map<String, String> f, int i, String heading, String start, String title) {
        f.put("parts:" + i + ":heading", heading);
        f.put("parts:" + i + ":partStart", start);
        if (title != null) {
            f.put("parts:" + i + ":partTitle", title);
        }
    }

    private static void speaker(Map<String, String> f, int part, int i, String name, String title, String affiliation) {
        String prefix = "parts:" + part + ":speakers:" + i + ":";
        f.put(prefix + "name", name);
        f.put(prefix + "title", title);
        f.put(prefix + "affiliation", affiliation);
    }

    private static void stop(Map<String, String> f, int i, String venue, LocalDate from, LocalDate to) {
        f.put("stops:" + i + ":stopVenue", venue);
        f.put("stops:" + i + ":stopStart", from.toString());
        f.put("stops:" + i + ":stopEnd", to.toString());
    }

    /** Fills the admin form, pressing the row buttons first (each adds rows), then saves; returns the new id. */
    private long createEvent(Map<String, String> fields, String... rowButtons) {
        String path = "/admin/events/edit.xhtml";
        String page = admin.get(path).body();
        for (String button : rowButtons) {
            page = admin.post(path, page, "editForm", fields, button).body();
            assertThat(page).doesNotContain("message-error");
        }
        HttpResponse<String> saved = admin.post(path, page, "editForm", fields, "save");
        assertThat(saved.body()).contains("を保存しました。");
        return Long.parseLong(find("id=(\\d+)", saved.uri().getQuery(), 1));
    }

    private HttpResponse<String> signUp(PortalClient client, long id, String name, String kana, String email) {
        return client.submit("/events/signup.xhtml?id=" + id, "signupForm", Map.of("name", name, "kana", kana,
                "email", email, "phone", "03-5210-9747", "organisation", "区民", "questions:0:answer", "区民"), "submit");
    }

    private static LocalDate nextAugust12() {
        LocalDate today = LocalDate.now(JAPAN);
        LocalDate candidate = LocalDate.of(today.getYear(), 8, 12);
        return candidate.isAfter(today.plusDays(7)) ? candidate : candidate.plusYears(1);
    }

    private static String wareki(LocalDate day) {
        return jp.tokyo23city.portal.platform.JapaneseDates.wareki(day);
    }

    private static String utc(LocalDate day, int hour, int minute) {
        return ICS_UTC.format(day.atTime(hour, minute).atZone(JAPAN).withZoneSameInstant(ZoneId.of("UTC")));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
    }

    private static List<String> summaries(Calendar calendar) {
        List<String> titles = new ArrayList<>();
        for (Object component : calendar.getComponents(VEvent.VEVENT)) {
            titles.add(value((VEvent) component, Property.SUMMARY));
        }
        return titles;
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("No text part");
    }

    private static byte[] attachment(MimeMessage message, String fileName) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("No attachment " + fileName);
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static String find(String regex, String text) {
        return find(regex, text, 0);
    }

    private static String find(String regex, String text, int group) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(group);
    }

    private URI uri() {
        return Deployments.local(base);
    }
}
