package jp.tokyo23city.portal.demo;

import java.time.LocalDate;
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
import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
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

    private void events(LocalDate today) {
        em.persist(new ProjectEvent("特別区全国連携プロジェクト講演会「地域の魅力を全国へ」", EventKind.LECTURE,
                "第1部 基調講演、第2部 パネルディスカッション。全国の自治体職員・特別区職員が対象です。",
                "東京区政会館 20階 会議室", today.plusDays(20), today.plusDays(20)));
        em.persist(new ProjectEvent("会員自治体と特別区の意見交換会", EventKind.EXCHANGE_MEETING,
                "連携・交流事業の実現に向けて、会員自治体と東京23区が意見を交換します。",
                "東京区政会館 会議室", today.plusDays(35), today.plusDays(35)));
        em.persist(new ProjectEvent("全国連携パネル巡回展示", EventKind.TOURING_EXHIBITION,
                "東京23区と全国の自治体との連携事業を紹介するパネルを区役所などで巡回展示します。",
                "千代田区役所 1階ロビー ほか", today.minusDays(5), today.plusDays(60)));
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
