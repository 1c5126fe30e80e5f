package jp.tokyo23city.portal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountProvisioning;
import jp.tokyo23city.portal.inquiry.boundary.DeskDirectory;
import jp.tokyo23city.portal.event.entity.Audience;
import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.EventStop;
import jp.tokyo23city.portal.event.entity.Organiser;
import jp.tokyo23city.portal.event.entity.OrganiserRole;
import jp.tokyo23city.portal.event.entity.ProgrammePart;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.Speaker;
import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.inquiry.entity.Desk;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.member.entity.PersonName;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.news.entity.NewsArticle;
import jp.tokyo23city.portal.news.entity.NewsCategory;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * Demo data for trying the portal, loaded only when {@code PORTAL_DEMO_DATA=true} and the database has no news yet:
 * news and events written from the project's newsletter, the 23 wards and a few member municipalities, and one
 * demo user per role (listed in the README); the ward and member staff belong to 千代田区 and 京丹波町.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "AccountProvisioning"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String DEMO_PASSWORD = "demo-password-2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountProvisioning accounts;

    @Inject
    DeskDirectory desks;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled || em.createQuery("SELECT COUNT(a) FROM NewsArticle a", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = JapaneseDates.today();
        news(today);
        events(today);
        Member kyotamba = members(today);
        em.flush();
        Member chiyoda = em.createQuery("SELECT m FROM Member m WHERE m.lgCode = '131016'", Member.class)
                .getResultStream().findFirst().orElse(null);
        Account ward = accounts.create("ward.chiyoda", "千代田区 政策経営部 企画課 担当", "ward.chiyoda@example.jp",
                DEMO_PASSWORD, Set.of(Roles.WARD_STAFF), false);
        if (chiyoda != null) {
            ward.assignToMember(chiyoda.getId());
        }
        // Staff of 京丹波町, so that the registration page (/members/registration.xhtml) has a member to show.
        accounts.create("member.kyotamba", "京丹波町 企画情報課 担当", "member.kyotamba@example.jp", DEMO_PASSWORD,
                Set.of(Roles.MEMBER_STAFF), false).assignToMember(kyotamba.getId());
        Account projectDesk = accounts.create("desk.project", "特別区長会事務局 調査第1課 担当", "desk.project@example.jp",
                DEMO_PASSWORD, Set.of(Roles.DESK_CONTACT), false);
        Account membershipDesk = accounts.create("desk.kyogikai", "特別区協議会 事業推進課 担当",
                "desk.kyogikai@example.jp", DEMO_PASSWORD, Set.of(Roles.DESK_CONTACT), false);
        em.flush();
        desks(projectDesk, membershipDesk);
        boardDemo();
        LOG.info("Demo data loaded: news, events, members and demo users (password " + DEMO_PASSWORD + ")");
    }

    /** The two desks of the migration get demo mail addresses and a contact each. */
    private void desks(Account projectContact, Account membershipContact) {
        List<Desk> desks = em.createQuery("SELECT d FROM Desk d ORDER BY d.sortOrder, d.id", Desk.class).getResultList();
        if (desks.size() < 2) {
            return;
        }
        Desk project = desks.get(0);
        project.describe(project.getName(), project.getTopic(), "renkei-project@example.jp", project.getPhone(),
                project.getBusinessHours());
        project.addContact(projectContact.getId());
        Desk membership = desks.get(1);
        membership.describe(membership.getName(), membership.getTopic(), "renkei-kaiin@example.jp",
                membership.getPhone(), membership.getBusinessHours());
        membership.addContact(membershipContact.getId());
    }

    private void news(LocalDate today) {
        em.persist(new NewsArticle("全国連携プロジェクト会員登録数が390を突破！",
                "「会員専用ホームページ」（登録・利用料無料）の会員登録数が390を突破しました。",
                "特別区全国連携プロジェクトでは、「会員登録」を行った自治体が利用できる「会員専用ホームページ」"
                        + "（登録・利用料無料）があります。この度、会員登録数が390を突破しました！",
                NewsCategory.TOPIC, today.minusDays(3)));
        em.persist(new NewsArticle("登録自治体の皆さまへ：登録情報の確認のお願い",
                "担当者や担当部署、アドレス等に変更が生じた場合は登録情報の修正にご協力ください。",
                "会員用HPを効果的にご活用いただくために、担当者や担当部署、アドレス等に変更が生じた場合は"
                        + "登録情報の修正にご協力いただきますようお願いいたします。",
                NewsCategory.NOTICE, today.minusDays(10)));
        em.persist(new NewsArticle("全国連携NEWS 最新号を発行しました",
                "東京23区と全国の自治体との連携・交流の取組を紹介する「全国連携NEWS」の最新号です。",
                null, NewsCategory.NEWSLETTER, today.minusDays(24)));
    }

    /**
     * Events from the newsletter (the 令和7年度 第1回全国連携講演会 with its programme, the exchange meeting of the same
     * morning, the exhibition), the touring panel exhibition with its real first stop and two demo stops around
     * today, and an upcoming lecture open for sign-up.
     */
    private void events(LocalDate today) {
        EventKind lecture = em.find(EventKind.class, EventKind.LECTURE);
        // The project's desk (特別区長会事務局 調査第1課) answers questions about its events.
        Long desk = desks.activeDesks().stream().findFirst().map(d -> d.id()).orElse(null);
        ProjectEvent kouenkai = new ProjectEvent("令和7年度 第1回全国連携講演会", lecture,
                "「京都における観光地域づくりと、京都府市町村・特別区の自治体間連携への期待」をテーマに、"
                        + "京都府市長会の中小路会長と京都府内のDMO職員が講演し、特別区長会の吉住会長と対談しました。",
                "特別区職員研修所 9階交流スペース", LocalDate.of(2025, 8, 12), LocalDate.of(2025, 8, 12));
        kouenkai.details("京都府市長会・京都府町村会と連携し、京都の観光地域づくりと自治体間連携について考える講演会です。",
                Audience.PUBLIC, null, desk, "東京都千代田区飯田橋三丁目5番1号 東京区政会館", null,
                LocalTime.of(14, 0), LocalTime.of(16, 30));
        kouenkai.replaceOrganisers(List.of(new Organiser(OrganiserRole.HOST, "特別区長会"),
                new Organiser(OrganiserRole.COOPERATION, "京都府市長会"),
                new Organiser(OrganiserRole.COOPERATION, "京都府町村会")));
        kouenkai.replaceParts(List.of(
                new ProgrammePart("開会あいさつ", null, null, LocalTime.of(14, 0), LocalTime.of(14, 5))
                        .addSpeaker(new Speaker("吉住 健一", "会長", "特別区長会（新宿区長）", null, null)),
                new ProgrammePart("第1部 講演", "京都における観光地域づくり",
                        "海の京都、森の京都、お茶の京都、竹の里・乙訓それぞれのエリアに属する自治体の紹介及び各DMOの取組紹介",
                        LocalTime.of(14, 5), LocalTime.of(15, 30))
                        .addSpeaker(new Speaker("中小路 健吾", "会長", "京都府市長会（長岡京市長）", null, null))
                        .addSpeaker(new Speaker("亀谷 義忠", "総合企画局長",
                                "一般社団法人京都府北部地域連携都市圏振興社（海の京都DMO）", null, null))
                        .addSpeaker(new Speaker("高橋 俊行", "総括部長", "一般社団法人森の京都地域振興社（森の京都DMO）",
                                null, null))
                        .addSpeaker(new Speaker("勝山 享", "総合企画局長", "一般社団法人京都山城地域振興社（お茶の京都DMO）",
                                null, null)),
                new ProgrammePart("第2部 対談", "京都府市町村・特別区の自治体間連携への期待",
                        "特別区全国連携プロジェクトの意義や、連携・交流の実績と今後の展望、全国へのメッセージについて",
                        LocalTime.of(15, 40), LocalTime.of(16, 30))
                        .addSpeaker(new Speaker("中小路 健吾", "会長", "京都府市長会（長岡京市長）", null, null))
                        .addSpeaker(new Speaker("吉住 健一", "会長", "特別区長会（新宿区長）", null, null))));
        kouenkai.changeStatus(EventStatus.HELD, null);
        kouenkai.recordReport(null, "京都府内の4エリアの魅力と各DMOの取組が紹介され、第2部の対談では、関係人口を増やしていく"
                + "ことがこのプロジェクトの大きな意義であることが語られました。");
        em.persist(kouenkai);

        ProjectEvent exchange = new ProjectEvent("京都府DMO職員と23区事務担当者との意見交換会",
                em.find(EventKind.class, EventKind.EXCHANGE_MEETING),
                "講演会当日午前の特別区全国連携プロジェクト連絡会（全体会）で、講演会に登壇するDMO職員3名及び京都府職員等と"
                        + "23区事務担当者が交流しました。",
                "特別区職員研修所", LocalDate.of(2025, 8, 12), LocalDate.of(2025, 8, 12));
        exchange.details(null, Audience.WARDS, null, null, "東京都千代田区飯田橋三丁目5番1号 東京区政会館", null,
                LocalTime.of(10, 0), LocalTime.of(11, 30));
        exchange.replaceOrganisers(List.of(new Organiser(OrganiserRole.HOST, "特別区長会")));
        exchange.changeStatus(EventStatus.HELD, null);
        em.persist(exchange);

        ProjectEvent exhibition = new ProjectEvent(
                "令和7年度 第1回全国連携展示『歴史と自然が紡ぐ京都の魅力』", em.find(EventKind.class, EventKind.EXHIBITION),
                "京都府DMOによる「海の京都」「森の京都」「お茶の京都」「竹の里・乙訓」の観光スポットをバナーで、"
                        + "京都府内の全市町村をパネルで紹介しました。",
                "東京区政会館", LocalDate.of(2025, 7, 8), LocalDate.of(2025, 8, 28));
        exhibition.replaceOrganisers(List.of(new Organiser(OrganiserRole.HOST, "特別区長会"),
                new Organiser(OrganiserRole.COOPERATION, "京都府市長会・京都府町村会")));
        exhibition.changeStatus(EventStatus.HELD, null);
        em.persist(exhibition);

        ProjectEvent touring = new ProjectEvent("10周年活動紹介パネル展（巡回展示）",
                em.find(EventKind.class, EventKind.TOURING_EXHIBITION),
                "特別区全国連携プロジェクト10年のあゆみ、23区と各地域の連携実績及び成果、被災地への特別区の対応をパネルで"
                        + "紹介します。",
                "ECOM駿河台 ほか", LocalDate.of(2025, 5, 12), today.plusDays(45));
        touring.replaceOrganisers(List.of(new Organiser(OrganiserRole.HOST, "特別区長会"),
                new Organiser(OrganiserRole.COOPERATION, "三井住友海上火災保険株式会社")));
        touring.replaceStops(List.of(
                new EventStop("ECOM駿河台", "東京都千代田区神田駿河台", LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 20)),
                new EventStop("千代田区役所 1階ロビー", "東京都千代田区九段南1-2-1", today.minusDays(10), today.plusDays(10)),
                new EventStop("新宿区役所 本庁舎1階", "東京都新宿区歌舞伎町1-4-1", today.plusDays(20), today.plusDays(45))));
        touring.changeStatus(EventStatus.PUBLISHED, null);
        em.persist(touring);

        ProjectEvent next = new ProjectEvent("全国連携講演会「地域の魅力を全国へ」", lecture,
                "第1部 基調講演、第2部 パネルディスカッション。全国の自治体職員・特別区職員と区民の皆さまが対象です。",
                "東京区政会館 20階 会議室", today.plusDays(20), today.plusDays(20));
        next.details(null, Audience.PUBLIC, null, desk, "東京都千代田区飯田橋三丁目5番1号", null,
                LocalTime.of(14, 0), LocalTime.of(16, 0));
        next.signupSettings(true, 80, false, null, null, 3, "この講演会を何で知りましたか");
        next.replaceOrganisers(List.of(new Organiser(OrganiserRole.HOST, "特別区長会")));
        next.changeStatus(EventStatus.PUBLISHED, null);
        em.persist(next);
    }

    /** The 23 wards and a few members; returns 京丹波町, whose staff the demo user member.kyotamba is. */
    private Member members(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> wards = em.createNativeQuery(
                "SELECT lg_code, name, kana FROM municipality WHERE special_ward = TRUE ORDER BY lg_code")
                .getResultList();
        for (Object[] ward : wards) {
            em.persist(new Member((String) ward[1], (String) ward[2], MemberKind.WARD, (String) ward[0], "13",
                    LocalDate.of(2014, 9, 1)));
        }
        municipalityMember("012092", "01", "夕張市", "ゆうばりし", today.minusYears(3));
        Member kyotamba = municipalityMember("264075", "26", "京丹波町", "きょうたんばちょう", today.minusYears(2));
        kyotamba.updateDetails(new MemberDetails("企画情報課", "622-0292", "京都府船井郡京丹波町蒲生八ツ谷62番地6",
                "0771-82-3801", "member.kyotamba@example.jp", "https://www.town.kyotamba.kyoto.jp/"));
        kyotamba.addContact(new MemberContact(new PersonName("丹波", "一郎", "たんば", "いちろう"), "企画情報課長",
                "member.kyotamba@example.jp", "0771-82-3801"));
        municipalityMember("465356", "46", "与論町", "よろんちょう", today.minusMonths(6));
        em.persist(new Member("長野県町村会", "ながのけんちょうそんかい", MemberKind.ORGANISATION, null, "20",
                today.minusYears(1)));
        return kyotamba;
    }

    /** A member municipality; its master row is added if the master has not been imported yet. */
    private Member municipalityMember(String lgCode, String prefecture, String name, String kana, LocalDate joined) {
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM municipality WHERE lg_code = ?")
                .setParameter(1, lgCode).getSingleResult();
        if (known.intValue() == 0) {
            em.createNativeQuery("INSERT INTO municipality (lg_code, prefecture_code, name, kana, special_ward, "
                            + "updated_at, version) VALUES (?, ?, ?, ?, FALSE, CURRENT_TIMESTAMP, 1)")
                    .setParameter(1, lgCode).setParameter(2, prefecture).setParameter(3, name)
                    .setParameter(4, kana).executeUpdate();
        }
        Member member = new Member(name, kana, MemberKind.MUNICIPALITY, lgCode, prefecture, joined);
        em.persist(member);
        return member;
    }

    /**
     * For the board (掲示板): staff of two more wards (港区, 新宿区) and of a second member (夕張市), so that interest
     * marks of several wards and a member who is not the author can be tried; password as the other demo users.
     */
    private void boardDemo() {
        wardStaff("ward.minato", "港区 企画経営部 企画課 担当", "131032");
        wardStaff("ward.shinjuku", "新宿区 総合政策部 企画政策課 担当", "131041");
        em.createQuery("SELECT m FROM Member m WHERE m.lgCode = '012092'", Member.class).getResultStream().findFirst()
                .ifPresent(yubari -> accounts.create("member.yubari", "夕張市 まちづくり企画課 担当",
                        "member.yubari@example.jp", DEMO_PASSWORD, Set.of(Roles.MEMBER_STAFF), false)
                        .assignToMember(yubari.getId()));
        em.flush();
    }

    private void wardStaff(String username, String displayName, String lgCode) {
        Account account = accounts.create(username, displayName, username + "@example.jp", DEMO_PASSWORD,
                Set.of(Roles.WARD_STAFF), false);
        em.createQuery("SELECT m FROM Member m WHERE m.lgCode = :code", Member.class).setParameter("code", lgCode)
                .getResultStream().findFirst().ifPresent(ward -> account.assignToMember(ward.getId()));
    }
}
