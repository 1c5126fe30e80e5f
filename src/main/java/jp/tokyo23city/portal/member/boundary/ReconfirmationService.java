package jp.tokyo23city.portal.member.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.member.control.ReconfirmationSchedule;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberConfirmation;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.platform.FiscalYear;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * The yearly re-confirmation (登録内容の年度確認): on the configured day of each 年度 every active member is asked by
 * mail to confirm or update its registration; reminders follow after two and four weeks until one of its staff
 * confirms (see {@link MemberUpkeepService#confirm}).
 * <p>
 * Safe with several instances: each request is created in a transaction of its own and the unique
 * (member_id, fiscal_year) constraint lets only one instance create it (and queue its mail); each reminder is claimed
 * with an update that matches only while it is still due, so one instance wins it.
 */
@Stateless
public class ReconfirmationService {

    private static final Logger LOG = Logger.getLogger(ReconfirmationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    MailOutbox mail;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.member.reconfirmation-date", defaultValue = "04-01")
    String configuredDate;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private ReconfirmationSchedule schedule;

    @PostConstruct
    void readSchedule() {
        try {
            schedule = ReconfirmationSchedule.parse(configuredDate);
        } catch (IllegalArgumentException e) {
            LOG.warning("portal.member.reconfirmation-date is not a day MM-DD (" + configuredDate
                    + "); using " + ReconfirmationSchedule.DEFAULT_DATE);
            schedule = new ReconfirmationSchedule(ReconfirmationSchedule.DEFAULT_DATE);
        }
    }

    /**
     * What the background job does: once this 年度's day has come, asks every member that joined before it and has
     * not been asked yet; then sends the reminders that are due. Runs without a caller; does nothing twice.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReconfirmationRun runScheduled(LocalDate today) {
        FiscalYear year = FiscalYear.of(today);
        ReconfirmationRun run = new ReconfirmationRun(year.startYear(), 0, 0);
        if (schedule.isDue(today)) {
            run = run.plus(requestAll(year, schedule.runDate(year)));
        }
        return run.plus(remindDue(Instant.now()));
    }

    /**
     * The admins' button: asks every active member that has not been asked this 年度 yet, even before the configured
     * day, then sends due reminders. Running it again asks nobody twice.
     */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReconfirmationRun runNow() {
        LocalDate today = JapaneseDates.today();
        FiscalYear year = FiscalYear.of(today);
        ReconfirmationRun run = requestAll(year, today.plusDays(1)).plus(remindDue(Instant.now()));
        audit.record(context.getCallerPrincipal().getName(), "MEMBER_RECONFIRMATION_RUN",
                year.westernLabel() + " requested " + run.requested() + " reminded " + run.reminded());
        return run;
    }

    /** The 年度 the admins' list is about: the latest one with requests, or the current one. */
    @RolesAllowed(Roles.ADMIN)
    public FiscalYear latestYear() {
        Number latest = em.createQuery("SELECT MAX(c.fiscalYear) FROM MemberConfirmation c", Number.class)
                .getSingleResult();
        return latest == null ? FiscalYear.current() : new FiscalYear(latest.intValue());
    }

    /** Active members asked in the 年度 that have not confirmed yet, by name. */
    @RolesAllowed(Roles.ADMIN)
    public List<ReconfirmationStatus> unconfirmed(FiscalYear year) {
        return em.createQuery("SELECT c, m FROM MemberConfirmation c, Member m WHERE m.id = c.memberId "
                        + "AND c.fiscalYear = :year AND c.confirmedAt IS NULL AND m.status = :active "
                        + "ORDER BY m.kana, m.name", Object[].class)
                .setParameter("year", year.startYear()).setParameter("active", MemberStatus.ACTIVE)
                .getResultList().stream()
                .map(row -> {
                    MemberConfirmation c = (MemberConfirmation) row[0];
                    Member m = (Member) row[1];
                    return new ReconfirmationStatus(m.getId(), m.getName(), m.getPrefectureCode(),
                            c.getRequestedAt(), c.getRemindersSent(), c.getLastRemindedAt());
                })
                .toList();
    }

    /** How many members were asked in the 年度, and how many of them confirmed. */
    @RolesAllowed(Roles.ADMIN)
    public long[] counts(FiscalYear year) {
        Object[] row = em.createQuery("SELECT COUNT(c), COUNT(c.confirmedAt) FROM MemberConfirmation c "
                        + "WHERE c.fiscalYear = :year", Object[].class)
                .setParameter("year", year.startYear()).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /**
     * Creates one member's request of the 年度 and queues its mail, in a transaction of its own.
     *
     * @return false if the member was asked already (by this or another instance)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean request(Long memberId, int fiscalYear) {
        Long existing = em.createQuery("SELECT COUNT(c) FROM MemberConfirmation c "
                        + "WHERE c.memberId = :memberId AND c.fiscalYear = :year", Long.class)
                .setParameter("memberId", memberId).setParameter("year", fiscalYear).getSingleResult();
        Member member = em.find(Member.class, memberId);
        if (existing > 0 || member == null || !member.isActive()) {
            return false;
        }
        MemberConfirmation confirmation = new MemberConfirmation(memberId, fiscalYear, Instant.now());
        em.persist(confirmation);
        // Here, not at commit: another instance that got there first makes this fail before the mail is queued.
        em.flush();
        String label = new FiscalYear(fiscalYear).label();
        for (String recipient : recipients(member)) {
            mail.queue(recipient, "【特別区全国連携プロジェクト】" + label + " 登録内容の確認のお願い（" + member.getName() + "）",
                    greeting(member)
                            + "特別区全国連携プロジェクトの会員専用ホームページをご利用いただき、ありがとうございます。\n"
                            + "年度の始めにあたり、会員の皆さまの登録内容（担当部署・担当者・連絡先）の確認をお願いしています。\n\n"
                            + whatToDo(member) + signature());
        }
        return true;
    }

    /**
     * Sends one reminder if it is still due, in a transaction of its own: the update claims it, so that of several
     * instances only one sends it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(Long confirmationId, int remindersSent) {
        Instant now = Instant.now();
        int won = em.createQuery("UPDATE MemberConfirmation c SET c.remindersSent = c.remindersSent + 1, "
                        + "c.lastRemindedAt = :now, c.version = c.version + 1 WHERE c.id = :id "
                        + "AND c.remindersSent = :sent AND c.confirmedAt IS NULL AND c.requestedAt <= :dueBefore")
                .setParameter("now", now).setParameter("id", confirmationId).setParameter("sent", remindersSent)
                .setParameter("dueBefore", now.minus(MemberConfirmation.REMINDER_AFTER.multipliedBy(remindersSent + 1L)))
                .executeUpdate();
        if (won == 0) {
            return false;
        }
        MemberConfirmation confirmation = em.find(MemberConfirmation.class, confirmationId);
        em.refresh(confirmation);
        Member member = em.find(Member.class, confirmation.getMemberId());
        String label = new FiscalYear(confirmation.getFiscalYear()).label();
        for (String recipient : recipients(member)) {
            mail.queue(recipient, "【特別区全国連携プロジェクト】（再送）" + label + " 登録内容の確認のお願い（"
                            + member.getName() + "）",
                    greeting(member)
                            + JapaneseDates.dateTime(confirmation.getRequestedAt()) + " にお送りした、" + label
                            + "の登録内容の確認がまだ完了していません。\n"
                            + "お手数ですが、次の手順で確認をお願いします。\n\n"
                            + whatToDo(member) + signature());
        }
        return true;
    }

    private ReconfirmationRun requestAll(FiscalYear year, LocalDate joinedBefore) {
        List<Long> members = em.createQuery("SELECT m.id FROM Member m WHERE m.status = :active "
                        + "AND m.joinedOn < :joinedBefore AND NOT EXISTS (SELECT c FROM MemberConfirmation c "
                        + "WHERE c.memberId = m.id AND c.fiscalYear = :year) ORDER BY m.id", Long.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("joinedBefore", joinedBefore)
                .setParameter("year", year.startYear()).getResultList();
        ReconfirmationService self = context.getBusinessObject(ReconfirmationService.class);
        int requested = 0;
        RuntimeException failure = null;
        for (Long member : members) {
            try {
                if (self.request(member, year.startYear())) {
                    requested++;
                }
            } catch (EJBException | PersistenceException e) {
                // Usually another instance created the same request a moment earlier (unique constraint); if no
                // request could be created at all, something else is wrong and is logged below.
                LOG.log(Level.FINE, "Re-confirmation of member " + member + " not created here", e);
                failure = e;
            }
        }
        if (failure != null && requested == 0) {
            LOG.log(Level.WARNING, "Re-confirmation " + year.westernLabel() + ": no request could be created", failure);
        }
        if (requested > 0) {
            LOG.info("Re-confirmation " + year.westernLabel() + ": asked " + requested + " members");
        }
        return new ReconfirmationRun(year.startYear(), requested, 0);
    }

    private ReconfirmationRun remindDue(Instant now) {
        List<MemberConfirmation> open = em.createQuery("SELECT c FROM MemberConfirmation c, Member m "
                        + "WHERE m.id = c.memberId AND m.status = :active AND c.confirmedAt IS NULL "
                        + "AND c.remindersSent < :max AND c.fiscalYear = "
                        + "(SELECT MAX(d.fiscalYear) FROM MemberConfirmation d)", MemberConfirmation.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("max", MemberConfirmation.MAX_REMINDERS)
                .getResultList();
        ReconfirmationService self = context.getBusinessObject(ReconfirmationService.class);
        int reminded = 0;
        int year = 0;
        for (MemberConfirmation confirmation : open) {
            year = confirmation.getFiscalYear();
            if (!confirmation.reminderDue(now)) {
                continue;
            }
            try {
                if (self.remind(confirmation.getId(), confirmation.getRemindersSent())) {
                    reminded++;
                }
            } catch (EJBException | PersistenceException e) {
                LOG.log(Level.WARNING, "Reminder of re-confirmation " + confirmation.getId() + " failed", e);
            }
        }
        return new ReconfirmationRun(year, 0, reminded);
    }

    /** The member's contact persons, main first, then the member's own address; each once. */
    private static Set<String> recipients(Member member) {
        Set<String> recipients = new LinkedHashSet<>();
        for (MemberContact contact : member.getContacts()) {
            recipients.add(contact.getEmail());
        }
        if (member.getEmail() != null) {
            recipients.add(member.getEmail());
        }
        return recipients;
    }

    private static String greeting(Member member) {
        return member.getName() + (member.getDepartment() == null ? "" : " " + member.getDepartment())
                + "\nご担当者様\n\n";
    }

    private String whatToDo(Member member) {
        MemberContact main = member.getMainContact();
        return "【手順】\n"
                + "1. 会員専用ホームページにログインし、「登録内容の確認・変更」を開いてください。\n"
                + "   " + baseUrl + "/members/registration.xhtml\n"
                + "2. 人事異動などで担当者・担当部署・連絡先が変わった場合は、その画面で修正してください。"
                + "保存すると確認も完了します。\n"
                + "3. 変更がない場合は「登録内容に変更はありません」ボタンを押してください。\n"
                + "4. 異動された方の職員アカウントは「職員アカウント」画面で停止し、後任の方を招待してください。\n\n"
                + "【現在の登録内容】\n"
                + "担当部署：" + orNone(member.getDepartment()) + "\n"
                + "主担当者：" + (main == null ? "（未登録）" : main.getFullName()) + "\n"
                + "電話番号：" + orNone(member.getPhone()) + "\n"
                + "メールアドレス：" + orNone(member.getEmail()) + "\n\n"
                + "ログインできない場合（担当の方が全員異動された場合など）は、公益財団法人特別区協議会 "
                + "事業部事業推進課（電話 03-5210-9080）にお問い合わせください。\n\n";
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "（未登録）" : value;
    }

    private static String signature() {
        return MemberUpkeepService.signature();
    }
}
