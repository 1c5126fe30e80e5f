package jp.tokyo23city.portal.member.boundary;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.boundary.StaffAccountSetup;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.member.entity.ApplicationForm;
import jp.tokyo23city.portal.member.entity.ApplicationStatus;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.member.entity.MembershipApplication;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.control.LgCode;
import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;
import jp.tokyo23city.portal.security.SecretTokens;

/**
 * Membership applications (会員登録): a municipality or organisation applies, confirms its e-mail address through a
 * single-use link, and an admin approves or rejects. Approval creates the member and the applicant's staff account,
 * or, when the municipality already has a live member, adds the applicant as staff of that member.
 */
@Stateless
public class MembershipService {


    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AccountService accounts;

    @Inject
    MailOutbox mail;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * Receives an application and mails the applicant the link that confirms the address. For a municipality the
     * name, reading and prefecture come from the master when it knows the code; a valid code it does not know is
     * accepted with the name as typed, for an admin to look at.
     */
    @PermitAll
    public ApplicationReceipt apply(ApplicationForm form) {
        ApplicationForm checked = form;
        boolean codeInMaster = true;
        Long existingMember = null;
        if (form.kind() == MemberKind.MUNICIPALITY) {
            LgCode code = LgCode.parse(form.lgCode());
            Optional<Municipality> known = municipalities.findByCode(code);
            codeInMaster = known.isPresent();
            if (known.isPresent()) {
                Municipality municipality = known.get();
                checked = new ApplicationForm(form.kind(), code.value(), municipality.getName(), municipality.getKana(),
                        municipality.getPrefecture().getCode(), form.department(), form.name(), form.position(),
                        form.email(), form.phone(), form.postalCode(), form.address(), form.webSite(), form.reason());
            } else {
                if (form.memberName() == null || form.memberName().isBlank()) {
                    throw new MembershipException("membership.apply.message.nameNeededForUnknownCode");
                }
                checked = new ApplicationForm(form.kind(), code.value(), form.memberName(), form.memberKana(),
                        code.prefectureCode(), form.department(), form.name(), form.position(), form.email(),
                        form.phone(), form.postalCode(), form.address(), form.webSite(), form.reason());
            }
            existingMember = liveMemberOf(code.value()).map(Member::getId).orElse(null);
        }
        String secret = SecretTokens.newSecret();
        Instant now = Instant.now();
        MembershipApplication application = new MembershipApplication(checked, codeInMaster, existingMember,
                SecretTokens.hash(secret), now);
        em.persist(application);
        em.flush();
        audit.record(null, "MEMBERSHIP_APPLIED", "application " + application.getId() + " " + checked.memberName());
        mail.queue(checked.email(), "【特別区全国連携プロジェクト】会員登録申請のメールアドレス確認",
                checked.memberName() + " " + checked.department() + "\n"
                        + application.getApplicantFullName() + " 様\n\n"
                        + "特別区全国連携プロジェクトへの会員登録のお申し込みをありがとうございます。\n"
                        + "お申し込みはまだ完了していません。次のリンクを開いて、メールアドレスを確認してください。\n\n"
                        + baseUrl + "/membership/verify.xhtml?token=" + secret + "\n\n"
                        + "このリンクの有効期限は " + JapaneseDates.dateTime(now.plus(MembershipApplication.VERIFICATION_VALIDITY))
                        + " です。確認後、事務局が内容を確認して承認し、結果をメールでお知らせします。\n\n"
                        + "お心当たりのない場合は、このメールを破棄してください。\n\n" + signature());
        return new ApplicationReceipt(application.getId(), checked.memberName(), checked.email(), codeInMaster,
                existingMember != null);
    }

    /** Confirms the applicant's address through the mailed link; the application then waits for an admin. */
    @PermitAll
    public Optional<ApplicationReceipt> verify(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<MembershipApplication> found = em.createNamedQuery(MembershipApplication.BY_VERIFICATION,
                        MembershipApplication.class)
                .setParameter("hash", SecretTokens.hash(secret)).getResultStream().findFirst()
                .filter(a -> a.canBeVerified(now));
        found.ifPresent(application -> {
            application.verify(now);
            audit.record(null, "MEMBERSHIP_VERIFIED", "application " + application.getId());
            for (String admin : accounts.emailsOfRole(Roles.ADMIN)) {
                mail.queue(admin, "【特別区全国連携プロジェクト】新しい会員登録申請があります",
                        "会員登録の申請がメールアドレスの確認を終え、承認を待っています。\n\n"
                                + "申請者：" + application.getMemberName() + " " + application.getDepartment() + " "
                                + application.getApplicantFullName() + "\n"
                                + (application.isCodeInMaster() ? "" : "※ 全国地方公共団体コード " + application.getLgCode()
                                        + " は自治体マスタにありません。内容をご確認ください。\n")
                                + (application.joinsExistingMember() ? "※ この自治体は既に会員です。承認すると、既存の会員の"
                                        + "職員アカウントとして追加されます。\n" : "")
                                + "\n次の画面で承認または却下してください。\n"
                                + baseUrl + "/admin/applications/view.xhtml?id=" + application.getId() + "\n\n"
                                + signature());
            }
        });
        return found.map(a -> new ApplicationReceipt(a.getId(), a.getMemberName(), a.getEmail(), a.isCodeInMaster(),
                a.joinsExistingMember()));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<MembershipApplication> applications(ApplicationStatus status) {
        return em.createNamedQuery(MembershipApplication.BY_STATUS, MembershipApplication.class)
                .setParameter("status", status).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long countApplications(ApplicationStatus status) {
        return em.createQuery("SELECT COUNT(a) FROM MembershipApplication a WHERE a.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    @RolesAllowed(Roles.ADMIN)
    public MembershipApplication getApplication(long id) {
        MembershipApplication application = em.find(MembershipApplication.class, id);
        if (application == null) {
            throw new MembershipException("admin.applications.message.notFound");
        }
        return application;
    }

    /** The live member an application would join, if its municipality is already a member. */
    @RolesAllowed(Roles.ADMIN)
    public Optional<Member> existingMemberOf(MembershipApplication application) {
        return application.getExistingMemberId() == null ? Optional.empty()
                : Optional.ofNullable(em.find(Member.class, application.getExistingMemberId()));
    }

    /**
     * Approves an application: the member is created (or the live member of the same municipality is used), the
     * applicant becomes its main contact (or one more contact) and gets a staff account, and a mail tells them how
     * to set their password.
     */
    @RolesAllowed(Roles.ADMIN)
    public Member approve(long id) {
        MembershipApplication application = getApplication(id);
        if (application.getStatus() != ApplicationStatus.PENDING) {
            throw new MembershipException("admin.applications.message.notPending");
        }
        Instant now = Instant.now();
        Member member = application.getLgCode() == null ? null : liveMemberOf(application.getLgCode()).orElse(null);
        boolean joined = member != null;
        if (member == null) {
            member = new Member(application.getMemberName(),
                    application.getMemberKana() == null ? "" : application.getMemberKana(), application.getKind(),
                    application.isCodeInMaster() ? application.getLgCode() : null, application.getPrefectureCode(),
                    JapaneseDates.today());
            member.updateDetails(new MemberDetails(application.getDepartment(), application.getPostalCode(),
                    application.getAddress(), application.getPhone(), application.getEmail(), application.getWebSite()));
            em.persist(member);
        }
        member.addContact(new MemberContact(application.getApplicantName(), application.getPosition(),
                application.getEmail(), application.getPhone()));
        em.flush();
        StaffAccountSetup setup = accounts.createStaffAccount(application.getEmail(),
                application.getMemberName() + " " + application.getDepartment() + " " + application.getApplicantFullName(),
                member.getId(), Set.of(member.getKind() == MemberKind.WARD ? Roles.WARD_STAFF : Roles.MEMBER_STAFF));
        String admin = caller.getCallerPrincipal().getName();
        application.approve(member.getId(), admin, now);
        audit.record(admin, "MEMBERSHIP_APPROVED", "application " + id + " member " + member.getId()
                + (joined ? " (joined existing member)" : ""));
        mail.queue(application.getEmail(), "【特別区全国連携プロジェクト】会員登録を承認しました",
                application.getMemberName() + " " + application.getDepartment() + "\n"
                        + application.getApplicantFullName() + " 様\n\n"
                        + (joined ? "既に会員である " + member.getName() + " の職員として、アカウントを登録しました。\n"
                                : "特別区全国連携プロジェクトの会員登録を承認しました。ご登録ありがとうございます。\n")
                        + "次のリンクを開いてパスワードを設定し、会員専用ホームページにログインしてください。\n\n"
                        + setup.link() + "\n\n"
                        + "ユーザー名：" + setup.username() + "\n"
                        + "リンクの有効期限：" + JapaneseDates.dateTime(setup.expiresAt()) + "\n"
                        + "期限が切れた場合は、ログイン画面の「パスワードをお忘れの方」から再設定できます。\n\n"
                        + "担当者や担当部署、アドレス等に変更が生じた場合は、会員専用ホームページで登録情報の修正に"
                        + "ご協力をお願いいたします。\n\n" + signature());
        return member;
    }

    /** Rejects an application with a reason, which is mailed to the applicant. */
    @RolesAllowed(Roles.ADMIN)
    public void reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MembershipException("admin.applications.message.reasonRequired");
        }
        MembershipApplication application = getApplication(id);
        if (application.getStatus() != ApplicationStatus.PENDING) {
            throw new MembershipException("admin.applications.message.notPending");
        }
        String admin = caller.getCallerPrincipal().getName();
        String why = reason.strip();
        application.reject(why.length() > MembershipApplication.REJECTION_REASON_MAX
                ? why.substring(0, MembershipApplication.REJECTION_REASON_MAX) : why, admin, Instant.now());
        audit.record(admin, "MEMBERSHIP_REJECTED", "application " + id);
        mail.queue(application.getEmail(), "【特別区全国連携プロジェクト】会員登録申請について",
                application.getMemberName() + " " + application.getDepartment() + "\n"
                        + application.getApplicantFullName() + " 様\n\n"
                        + "会員登録のお申し込みを確認しましたが、次の理由により承認できませんでした。\n\n"
                        + "【理由】\n" + application.getRejectionReason() + "\n\n"
                        + "内容を見直して再度お申し込みいただくか、次の窓口にお問い合わせください。\n"
                        + "公益財団法人特別区協議会 事業部事業推進課（電話 03-5210-9080）\n\n" + signature());
    }

    private Optional<Member> liveMemberOf(String lgCode) {
        return em.createNamedQuery(Member.BY_LG_CODE_AND_STATUS, Member.class)
                .setParameter("lgCode", lgCode).setParameter("status", MemberStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    private static String signature() {
        return "――――――――――――――――――――\n特別区全国連携プロジェクト\n"
                + "（このメールは送信専用です。ご返信いただいてもお答えできません）";
    }


}
