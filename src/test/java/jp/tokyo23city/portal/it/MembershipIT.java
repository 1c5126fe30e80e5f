package jp.tokyo23city.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
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
 * Membership applications end to end over HTTP, with real mail: a town applies with its code, confirms its address,
 * an admin approves, and its staff sets a password and signs in; bad input, rejection, a second application for the
 * same town, and who may decide.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipIT {

    static {
        TestDatabase.reset();
    }

    private static boolean masterImported;

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
    void signInAsAdminWithTheMasterLoaded() throws Exception {
        admin = AdminSession.signIn(new PortalClient(uri()));
        synchronized (MembershipIT.class) {
            if (!masterImported) {
                AdminSession.importMunicipalityMaster(admin);
                masterImported = true;
            }
        }
    }

    @Test
    void aTownInKyotoAppliesWithItsCodeAndItsStaffSignInAfterApproval() throws Exception {
        PortalClient applicant = new PortalClient(uri());
        HttpResponse<String> applied = apply(applicant, Map.of("lgCode", "２６４６５", "email", "kikaku@town.yosano.example.jp",
                "emailConfirmation", "KIKAKU@town.yosano.example.jp"));
        assertThat(applied.body()).contains("kikaku@town.yosano.example.jp 宛てに確認用のメールをお送りしました");

        String verifyLink = link(awaitMail("kikaku@town.yosano.example.jp", "メールアドレス確認"),
                "/membership/verify\\.xhtml\\?token=[A-Za-z0-9_-]+");
        HttpResponse<String> verified = applicant.get(verifyLink);
        assertThat(verified.body()).contains("与謝野町 の会員登録のお申込みが完了しました。");
        assertThat(applicant.get(verifyLink).body()).as("the link works once").contains("このリンクは無効か");
        awaitMail("admin@localhost", "新しい会員登録申請があります");

        String queue = admin.get("/admin/applications/index.xhtml").body();
        assertThat(queue).contains("与謝野町", "企画財政課", "京都府");
        String id = extract("view\\.xhtml\\?id=(\\d+)\"[^>]*>与謝野町<", queue);
        String view = admin.get("/admin/applications/view.xhtml?id=" + id).body();
        assertThat(view).contains("264652", "よさ かえで", "0772-43-9001", "〒629-2292");
        HttpResponse<String> approved = admin.post("/admin/applications/view.xhtml?id=" + id, view, "decisionForm",
                Map.of(), "approve");
        assertThat(approved.body()).contains("与謝野町 の会員登録を承認しました。");

        MimeMessage approval = awaitMail("kikaku@town.yosano.example.jp", "会員登録を承認しました");
        assertThat((String) approval.getContent()).contains("ユーザー名：kikaku@town.yosano.example.jp");
        String setupLink = link(approval, "/password-reset-confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");
        String form = applicant.get(setupLink).body();
        HttpResponse<String> set = applicant.post(setupLink, form, "resetForm",
                Map.of("newPassword", "yosano-kaze-no-machi-2026", "confirmation", "yosano-kaze-no-machi-2026"), "submit");
        assertThat(set.body()).contains("新しいパスワードを設定しました。");

        PortalClient staff = new PortalClient(uri());
        assertThat(staff.login("kikaku@town.yosano.example.jp", "yosano-kaze-no-machi-2026").uri().getPath()).isEqualTo("/");
        assertThat(staff.get("/account/index.xhtml").body()).contains("会員職員", "与謝野町 企画財政課 与謝 楓");
    }

    @Test
    void badInputSaysWhatIsWrongAtEachFieldAndKeepsWhatWasTyped() {
        PortalClient applicant = new PortalClient(uri());
        HttpResponse<String> refused = apply(applicant, Map.of("lgCode", "264653", "phone", "0772-43", "postalCode", "62922",
                "email", "kikaku@town.yosano.example.jp", "emailConfirmation", "other@town.yosano.example.jp",
                "familyKana", "ヨサ", "consent", ""));
        String body = refused.body();
        assertThat(body).contains("入力内容に誤りがあります。")
                .contains("6桁目は 2 のはずです")
                .contains("確認用のメールアドレスが一致しません。")
                .contains("個人情報の取扱いへの同意が必要です。")
                .contains("value=\"与謝\"")
                .contains("value=\"企画財政課\"");
        assertThat(MAIL.getReceivedMessagesForDomain("other@town.yosano.example.jp")).isEmpty();
    }

    @Test
    void aRejectedApplicantIsToldWhy() throws Exception {
        PortalClient applicant = new PortalClient(uri());
        apply(applicant, Map.of("lgCode", "263656", "email", "shoko@town.wazuka.example.jp",
                "emailConfirmation", "shoko@town.wazuka.example.jp"));
        applicant.get(link(awaitMail("shoko@town.wazuka.example.jp", "メールアドレス確認"),
                "/membership/verify\\.xhtml\\?token=[A-Za-z0-9_-]+"));
        String id = extract("view\\.xhtml\\?id=(\\d+)\"[^>]*>和束町<", admin.get("/admin/applications/index.xhtml").body());
        String path = "/admin/applications/view.xhtml?id=" + id;

        String view = admin.get(path).body();
        HttpResponse<String> noReason = admin.post(path, view, "decisionForm", Map.of("rejectionReason", ""), "reject");
        assertThat(noReason.body()).contains("却下の理由を入力してください。");
        HttpResponse<String> asked = admin.post(path, noReason.body(), "decisionForm",
                Map.of("rejectionReason", "担当部署のメールアドレスでお申し込みください。"), "reject");
        assertThat(asked.body()).contains("この申請を却下します。");
        HttpResponse<String> rejected = admin.post(path, asked.body(), "decisionForm",
                Map.of("rejectionReason", "担当部署のメールアドレスでお申し込みください。"), "reject");
        assertThat(rejected.body()).contains("申請を却下し、申請者に理由をお知らせしました。");

        MimeMessage mail = awaitMail("shoko@town.wazuka.example.jp", "会員登録申請について");
        assertThat((String) mail.getContent()).contains("担当部署のメールアドレスでお申し込みください。");
    }

    @Test
    void aSecondApplicationForAMemberTownAddsStaffToThatMember() throws Exception {
        approve(applyAndVerify("264636", "soumu@town.ine.example.jp"));
        String second = applyAndVerify("26463", "kanko@town.ine.example.jp");

        String view = admin.get("/admin/applications/view.xhtml?id=" + second).body();
        assertThat(view).contains("この自治体は既に会員（伊根町）です。");
        approve(second);
        assertThat((String) awaitMail("kanko@town.ine.example.jp", "会員登録を承認しました").getContent())
                .contains("既に会員である 伊根町 の職員として、アカウントを登録しました。");
    }

    @Test
    void staffKeepTheirContactCurrentTheHistoryShowsItAndTheAdminsAreTold() throws Exception {
        PortalClient staff = newMemberStaff("262056", "kikaku@city.miyazu.example.jp", "miyazu-amanohashidate-2026");

        String page = staff.get("/members/registration.xhtml").body();
        assertThat(page).contains("宮津市", "与謝 楓");
        String editing = staff.post("/members/registration.xhtml", page, "contactsForm", Map.of(), "contacts:0:edit").body();
        HttpResponse<String> saved = staff.post("/members/registration.xhtml", editing, "contactForm", Map.of(
                "familyName", "天橋", "givenName", "立子", "familyKana", "あまはし", "givenKana", "たつこ",
                "position", "企画課長", "contactEmail", "kikaku@city.miyazu.example.jp", "contactPhone", "0772-22-2121",
                "contactMain", "true"), "saveContact");
        assertThat(saved.body()).doesNotContain("message-error");

        String after = staff.get("/members/registration.xhtml").body();
        assertThat(after).contains("天橋 立子", "与謝 楓").contains("kikaku@city.miyazu.example.jp");
        assertThat((String) awaitMail("admin@localhost", "会員の登録内容が変更されました（宮津市）").getContent())
                .contains("天橋");
    }

    @Test
    void staffOfOneMemberCanNeitherSeeNorChangeAnother() throws Exception {
        PortalClient nantan = newMemberStaff("262137", "kikaku@city.nantan.example.jp", "nantan-miyama-kayabuki-2026");
        String nantanId = memberIdOf("南丹市");
        PortalClient kyotamba = new PortalClient(uri());
        kyotamba.login("member.kyotamba", "demo-password-2026");

        // Asking for another member's page shows one's own: the member comes from the account, never the URL.
        String page = kyotamba.get("/members/registration.xhtml?member=" + nantanId).body();
        assertThat(page).contains("京丹波町").doesNotContain("南丹市", "kikaku@city.nantan.example.jp");
        // Nor can a form posted from there change the other member.
        kyotamba.post("/members/registration.xhtml?member=" + nantanId, page, "detailsForm", Map.of(
                "department", "乗っ取り課", "postalCode", "100-0001", "address", "東京都千代田区", "phone", "03-0000-0000",
                "email", "evil@example.jp", "webSite", ""), "saveDetails");
        String nantanPage = nantan.get("/members/registration.xhtml").body();
        assertThat(nantanPage).doesNotContain("乗っ取り課", "evil@example.jp");
        // Admin pages stay closed to member staff.
        assertThat(kyotamba.get("/admin/applications/index.xhtml").statusCode()).isEqualTo(403);
        assertThat(kyotamba.get("/admin/reconfirmation/index.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void theDirectoryIsForSignedInStaffOnly() {
        assertThat(new PortalClient(uri()).get("/members/directory.xhtml").uri().getPath()).isEqualTo("/login.xhtml");
        PortalClient desk = new PortalClient(uri());
        desk.login("desk.project", "demo-password-2026");
        assertThat(desk.get("/members/directory.xhtml").statusCode()).isEqualTo(403);

        PortalClient ward = new PortalClient(uri());
        ward.login("ward.chiyoda", "demo-password-2026");
        HttpResponse<String> directory = ward.get("/members/directory.xhtml");
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(directory.body()).contains("京丹波町", "千代田区");
    }

    @Test
    void adminsExportTheMembersForExcelAndNobodyElseCan() {
        HttpResponse<byte[]> csv = admin.download("/admin/members/export?format=members-csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("京丹波町", "\r\n");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        HttpResponse<byte[]> xlsx = admin.download("/admin/members/export?format=xlsx");
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');

        PortalClient ward = new PortalClient(uri());
        ward.login("ward.chiyoda", "demo-password-2026");
        assertThat(ward.download("/admin/members/export?format=members-csv").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyAdminsDecideApplications() {
        PortalClient ward = new PortalClient(uri());
        ward.login("ward.chiyoda", "demo-password-2026");
        assertThat(ward.get("/admin/applications/index.xhtml").statusCode()).isEqualTo(403);
        PortalClient anonymous = new PortalClient(uri());
        assertThat(anonymous.get("/admin/applications/view.xhtml?id=1").uri().getPath()).isEqualTo("/login.xhtml");
    }

    private String applyAndVerify(String code, String email) throws Exception {
        PortalClient applicant = new PortalClient(uri());
        apply(applicant, Map.of("lgCode", code, "email", email, "emailConfirmation", email));
        applicant.get(link(awaitMail(email, "メールアドレス確認"), "/membership/verify\\.xhtml\\?token=[A-Za-z0-9_-]+"));
        String queue = admin.get("/admin/applications/index.xhtml").body();
        Matcher rows = Pattern.compile("view\\.xhtml\\?id=(\\d+)\"").matcher(queue);
        String last = null;
        while (rows.find()) {
            last = rows.group(1);
        }
        assertThat(last).isNotNull();
        return last;
    }

    /** Applies, confirms and approves a town, sets its staff password and returns the staff signed in. */
    private PortalClient newMemberStaff(String code, String email, String password) throws Exception {
        approve(applyAndVerify(code, email));
        PortalClient staff = new PortalClient(uri());
        String setupLink = link(awaitMail(email, "会員登録を承認しました"),
                "/password-reset-confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");
        staff.post(setupLink, staff.get(setupLink).body(), "resetForm",
                Map.of("newPassword", password, "confirmation", password), "submit");
        assertThat(staff.login(email, password).uri().getPath()).isEqualTo("/");
        return staff;
    }

    /** The id of an approved member, as the admin's application page links to it. */
    private String memberIdOf(String name) {
        String queue = admin.get("/admin/applications/index.xhtml?status=APPROVED").body();
        String approvedList = admin.submit("/admin/applications/index.xhtml", "filterForm",
                Map.of("status", "APPROVED"), "show").body();
        String id = extract("view\\.xhtml\\?id=(\\d+)\"[^>]*>" + name + "<", approvedList + queue);
        return extract("registration\\.xhtml\\?member=(\\d+)", admin.get("/admin/applications/view.xhtml?id=" + id).body());
    }

    private void approve(String id) {
        String path = "/admin/applications/view.xhtml?id=" + id;
        HttpResponse<String> approved = admin.post(path, admin.get(path).body(), "decisionForm", Map.of(), "approve");
        assertThat(approved.body()).contains("の会員登録を承認しました。");
    }

    /** Fills the application form with a valid 与謝野町 application, then the given fields over it. */
    private HttpResponse<String> apply(PortalClient applicant, Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.ofEntries(
                Map.entry("kind", "MUNICIPALITY"), Map.entry("prefecture", ""), Map.entry("municipality", ""),
                Map.entry("lgCode", ""), Map.entry("memberName", ""), Map.entry("memberKana", ""),
                Map.entry("department", "企画財政課"), Map.entry("familyName", "与謝"), Map.entry("givenName", "楓"),
                Map.entry("familyKana", "よさ"), Map.entry("givenKana", "かえで"), Map.entry("position", "主査"),
                Map.entry("email", "kikaku@town.yosano.example.jp"),
                Map.entry("emailConfirmation", "kikaku@town.yosano.example.jp"),
                Map.entry("phone", "０７７２－４３－９００１"), Map.entry("postalCode", "〒629-2292"),
                Map.entry("address", "京都府与謝郡与謝野町字岩滝1798番地1"), Map.entry("webSite", ""),
                Map.entry("reason", "東京23区との観光交流を進めたい。"), Map.entry("consent", "true")));
        fields.putAll(overrides);
        if (fields.get("consent").isEmpty()) {
            fields.remove("consent");
        }
        return applicant.submit("/membership/apply.xhtml", "applyForm", fields, "submit");
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) throws Exception {
        return Mail.await(MAIL, recipient, subjectPart, 30);
    }

    private static String link(MimeMessage mail, String pathPattern) throws Exception {
        return Mail.link(mail, pathPattern);
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
