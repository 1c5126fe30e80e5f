package jp.tokyo23city.portal.member.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.boundary.StaffAccountSetup;
import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.member.control.MemberUpkeepAccess;
import jp.tokyo23city.portal.member.control.MemberUpkeepContactForm;
import jp.tokyo23city.portal.member.control.MemberUpkeepInput;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberChange;
import jp.tokyo23city.portal.member.entity.MemberConfirmation;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.member.entity.MemberInvitation;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.platform.FiscalYear;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;
import jp.tokyo23city.portal.security.SecretTokens;

/**
 * A member's staff keep their registration current (会員情報の管理): contact details, contact persons (担当者), the
 * staff accounts of colleagues (invitation and hand-over) and the yearly confirmation. Every change is kept in the
 * history (who, when, old → new) and mailed to the admins.
 * <p>
 * Who may do what is decided here, not by the pages: a member's own staff read and change that member only, ward
 * staff read every member (but not its history), admins read and change every member. A member id given by a page
 * is checked against the caller's own member ({@link AccountService#currentMemberId()}); {@code null} means the
 * caller's own member.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF})
public class MemberUpkeepService {

    public static final int HISTORY_PAGE_MAX = 100;

    /** How the history fields read in the admins' notice mail; the pages take the words from the bundle. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("department", "担当部署"), Map.entry("postalCode", "郵便番号"), Map.entry("address", "住所"),
            Map.entry("phone", "電話番号"), Map.entry("email", "メールアドレス"), Map.entry("webSite", "ウェブサイト"),
            Map.entry("contactAdded", "担当者の追加"), Map.entry("contactChanged", "担当者の変更"),
            Map.entry("contactRemoved", "担当者の削除"), Map.entry("mainContact", "主担当者"),
            Map.entry("staffInvited", "職員アカウントの招待"), Map.entry("staffClosed", "職員アカウントの停止（引継ぎ）"),
            Map.entry("confirmed", "年度の登録内容確認"));

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

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
     * The registration of a member; {@code null} for the caller's own.
     *
     * @throws MembershipException {@code members.registration.message.noMember} if the caller is staff of no member
     *         and gave none, or {@code members.registration.message.notFound}
     * @throws EJBAccessException if the caller may not read that member
     */
    public MemberUpkeepRegistration registration(Long memberId) {
        Member member = readable(memberId);
        List<MemberUpkeepContact> contacts = new ArrayList<>();
        for (MemberContact contact : member.getContacts()) {
            contacts.add(MemberUpkeepContact.of(contact, contactVersion(contact.getId())));
        }
        Optional<MemberConfirmation> latest = latestConfirmation(member.getId());
        Integer open = latest.filter(c -> !c.isConfirmed()).map(MemberConfirmation::getFiscalYear).orElse(null);
        return new MemberUpkeepRegistration(member.getId(), member.getName(), member.getKana(), member.getKind(),
                member.getLgCode(), member.getDepartment(), member.getPostalCode(), member.getAddress(),
                member.getPhone(), member.getEmail(), member.getWebSite(), memberVersion(member.getId()),
                List.copyOf(contacts),
                mayChange(member.getId()), open, open == null ? null : new FiscalYear(open).label(),
                latest.map(MemberConfirmation::getConfirmedAt).orElse(null));
    }

    /**
     * Replaces the contact details with what was typed (normalised here, whatever the page did); also confirms this
     * 年度's registration.
     *
     * @param expectedVersion the {@link MemberUpkeepRegistration#version()} the page showed
     * @throws jp.tokyo23city.portal.member.control.MemberUpkeepInputException naming each wrong field
     * @return how many fields changed
     * @throws MembershipException {@code members.registration.message.stale} if someone changed it meanwhile
     */
    public int updateDetails(Long memberId, MemberDetails typed, long expectedVersion) {
        Member member = changeable(memberId);
        MemberDetails details = MemberUpkeepInput.details(typed);
        if (memberVersion(member.getId()) != expectedVersion) {
            throw new MembershipException("members.registration.message.stale");
        }
        Map<String, String[]> changes = member.updateDetails(details);
        List<String[]> recorded = new ArrayList<>();
        changes.forEach((field, values) -> recorded.add(new String[] {field, values[0], values[1]}));
        Instant now = Instant.now();
        confirmOpen(member, now, recorded);
        record(member, recorded, now);
        return changes.size();
    }

    /**
     * Adds a contact person ({@code contactId} null) or changes one; {@code form.main()} makes them the main contact.
     * Also confirms this 年度's registration.
     *
     * @param expectedVersion the contact's version the page showed; ignored for a new contact
     */
    public void saveContact(Long memberId, Long contactId, MemberUpkeepContactForm typed, long expectedVersion) {
        Member member = changeable(memberId);
        MemberUpkeepContactForm form = MemberUpkeepInput.contact(typed);
        Instant now = Instant.now();
        List<String[]> recorded = new ArrayList<>();
        MemberContact previousMain = member.getMainContact();
        MemberContact contact;
        if (contactId == null) {
            contact = member.addContact(new MemberContact(form.personName(), form.position(), form.email(),
                    form.phone()));
            em.flush();
            recorded.add(new String[] {"contactAdded", null, contact.describe()});
        } else {
            contact = contactOf(member, contactId);
            if (contactVersion(contactId) != expectedVersion) {
                throw new MembershipException("members.registration.message.stale");
            }
            String before = contact.update(form.personName(), form.position(), form.email(), form.phone());
            if (!before.equals(contact.describe())) {
                recorded.add(new String[] {"contactChanged", before, contact.describe()});
            }
        }
        boolean newMain = form.main() && !contact.isMain();
        if (newMain) {
            recorded.add(new String[] {"mainContact", previousMain == null ? null : previousMain.getFullName(),
                    contact.getFullName()});
        }
        confirmOpen(member, now, recorded);
        if (newMain) {
            makeMain(member, contact.getId());
        }
        record(member, recorded, now);
    }

    /**
     * Removes a contact person; the next one becomes main if it was the main one. The last contact cannot be removed:
     * the project office must have someone to write to.
     */
    public void removeContact(Long memberId, Long contactId, long expectedVersion) {
        Member member = changeable(memberId);
        MemberContact contact = contactOf(member, contactId);
        if (contactVersion(contactId) != expectedVersion) {
            throw new MembershipException("members.registration.message.stale");
        }
        if (member.getContacts().size() <= 1) {
            throw new MembershipException("members.registration.message.lastContact");
        }
        String description = contact.describe();
        member.removeContact(contact);
        Instant now = Instant.now();
        List<String[]> recorded = new ArrayList<>();
        recorded.add(new String[] {"contactRemoved", description, null});
        confirmOpen(member, now, recorded);
        record(member, recorded, now);
    }

    /** Confirms that the registration is current for this 年度 (the one-button answer to the yearly request). */
    public void confirm(Long memberId) {
        Member member = changeable(memberId);
        Instant now = Instant.now();
        List<String[]> recorded = new ArrayList<>();
        if (!confirmOpen(member, now, recorded)) {
            throw new MembershipException("members.registration.message.nothingToConfirm");
        }
        record(member, recorded, now);
    }

    /**
     * The history of a member's registration, newest first: for the member's own staff and admins (it names who
     * changed what), not for ward staff reading another member.
     */
    public List<MemberUpkeepChange> history(Long memberId, int first, int max) {
        Member member = changeable(memberId);
        return em.createNamedQuery(MemberChange.OF_MEMBER, MemberChange.class)
                .setParameter("memberId", member.getId())
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), HISTORY_PAGE_MAX))
                .getResultStream().map(MemberUpkeepChange::of).toList();
    }

    public long countHistory(Long memberId) {
        Member member = changeable(memberId);
        return em.createQuery("SELECT COUNT(c) FROM MemberChange c WHERE c.memberId = :memberId", Long.class)
                .setParameter("memberId", member.getId()).getSingleResult();
    }

    /** The staff accounts of a member, open and closed. */
    public List<MemberUpkeepStaff> staff(Long memberId) {
        Member member = readable(memberId);
        String me = caller.getCallerPrincipal().getName();
        return accounts.staffOf(member.getId()).stream()
                .map(a -> new MemberUpkeepStaff(a.getUsername(), a.getDisplayName(), a.getEmail(), a.isEnabled(),
                        a.getLastLoginAt(), a.getUsername().equals(me)))
                .toList();
    }

    /**
     * Invitations whose account has not signed in yet. An invitation whose colleague has signed in is marked
     * accepted here, so that it leaves the list.
     */
    public List<MemberUpkeepInvitation> openInvitations(Long memberId) {
        Member member = readable(memberId);
        Instant now = Instant.now();
        boolean canMark = mayChange(member.getId());
        Map<String, Account> staff = new java.util.HashMap<>();
        accounts.staffOf(member.getId()).forEach(a -> staff.put(a.getUsername(), a));
        List<MemberUpkeepInvitation> open = new ArrayList<>();
        for (MemberInvitation invitation : em.createNamedQuery(MemberInvitation.OPEN_OF_MEMBER, MemberInvitation.class)
                .setParameter("memberId", member.getId()).getResultList()) {
            Account account = staff.get(AccountService.normalizeUsername(invitation.getEmail()));
            if (account != null && account.getLastLoginAt() != null) {
                if (canMark && invitation.isUsable(now)) {
                    invitation.accept(now);
                }
                continue;
            }
            if (account != null && !account.isEnabled()) {
                continue;
            }
            open.add(new MemberUpkeepInvitation(invitation.getId(), invitation.getEmail(), invitation.getInvitedBy(),
                    invitation.getCreatedAt(), invitation.getExpiresAt(), !invitation.isUsable(now)));
        }
        return open;
    }

    /**
     * Invites a colleague: their staff account is created at once, and a mail gives them the link to choose a
     * password (valid as long as the invitation).
     *
     * @throws jp.tokyo23city.portal.member.control.MemberUpkeepInputException naming inviteEmail or inviteName
     * @throws jp.tokyo23city.portal.account.boundary.AccountException if the address already has an account
     */
    public void invite(Long memberId, String typedEmail, String typedName) {
        Member member = changeable(memberId);
        String[] input = MemberUpkeepInput.invitation(typedEmail, typedName);
        String email = input[0];
        String name = input[1];
        String who = caller.getCallerPrincipal().getName();
        String role = member.getKind() == MemberKind.WARD ? Roles.WARD_STAFF : Roles.MEMBER_STAFF;
        String department = member.getDepartment() == null ? "" : " " + member.getDepartment();
        StaffAccountSetup setup = accounts.createStaffAccount(email, member.getName() + department + " " + name,
                member.getId(), Set.of(role));
        Instant now = Instant.now();
        String link = setup.link();
        int token = link.indexOf("token=");
        em.persist(new MemberInvitation(member.getId(), email, SecretTokens.hash(token < 0 ? link : link.substring(token + 6)),
                who, now));
        record(member, List.<String[]>of(new String[] {"staffInvited", null, name + " " + email}), now);
        mail.queue(email, "【特別区全国連携プロジェクト】会員専用ホームページへのご招待",
                member.getName() + department + "\n" + name + " 様\n\n"
                        + "同じ" + (member.getKind() == MemberKind.WARD ? "区" : "会員") + "の職員（" + who + "）から、"
                        + "特別区全国連携プロジェクトの会員専用ホームページへの招待が届きました。\n"
                        + "あなたの職員アカウントを作成しました。次のリンクを開いてパスワードを設定し、ログインしてください。\n\n"
                        + link + "\n\n"
                        + "ユーザー名：" + setup.username() + "\n"
                        + "リンクの有効期限：" + JapaneseDates.dateTime(setup.expiresAt()) + "\n"
                        + "期限が切れた場合は、ログイン画面の「パスワードをお忘れの方」から、このメールアドレスで"
                        + "パスワードを設定できます。\n\n"
                        + "お心当たりのない場合は、このメールを破棄し、" + member.getName() + "のご担当者にご確認ください。\n\n"
                        + signature());
    }

    /**
     * Hand-over when someone leaves: their staff account is closed at once (they can no longer sign in; what they
     * posted stays with the member). Staff cannot close their own account, so that a member never locks itself out
     * by mistake; an admin or a colleague does it.
     *
     * @return whether the person is also a contact person, whom the page then asks to replace
     */
    public boolean handOver(Long memberId, String username) {
        Member member = changeable(memberId);
        String who = caller.getCallerPrincipal().getName();
        Account leaving = accounts.staffOf(member.getId()).stream()
                .filter(a -> a.getUsername().equals(username) && a.isEnabled()).findFirst()
                .orElseThrow(() -> new MembershipException("members.registration-staff.message.notStaff"));
        if (leaving.getUsername().equals(who)) {
            throw new MembershipException("members.registration-staff.message.notSelf");
        }
        String description = leaving.getDisplayName() + " " + leaving.getEmail();
        String leavingEmail = leaving.getEmail();
        accounts.closeAccount(username);
        record(member, List.<String[]>of(new String[] {"staffClosed", description, null}), Instant.now());
        return member.getContacts().stream().anyMatch(c -> c.getEmail().equalsIgnoreCase(leavingEmail));
    }

    /** Whether the caller may change the member (for pages that show or hide the forms). */
    public boolean mayChange(Long memberId) {
        return MemberUpkeepAccess.mayChange(caller.isCallerInRole(Roles.ADMIN), ownMemberId(), memberId);
    }

    private Member readable(Long memberId) {
        Long own = ownMemberId();
        Long id = memberId == null ? own : memberId;
        if (id == null) {
            throw new MembershipException("members.registration.message.noMember");
        }
        if (!MemberUpkeepAccess.mayRead(caller.isCallerInRole(Roles.ADMIN), caller.isCallerInRole(Roles.WARD_STAFF),
                own, id)) {
            audit.record(caller.getCallerPrincipal().getName(), "MEMBER_ACCESS_REFUSED", "read member " + id);
            throw new EJBAccessException("Not allowed to read member " + id);
        }
        return find(id);
    }

    private Member changeable(Long memberId) {
        Long own = ownMemberId();
        Long id = memberId == null ? own : memberId;
        if (id == null) {
            throw new MembershipException("members.registration.message.noMember");
        }
        if (!MemberUpkeepAccess.mayChange(caller.isCallerInRole(Roles.ADMIN), own, id)) {
            audit.record(caller.getCallerPrincipal().getName(), "MEMBER_ACCESS_REFUSED", "change member " + id);
            throw new EJBAccessException("Not allowed to change member " + id);
        }
        return find(id);
    }

    private Member find(Long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new MembershipException("members.registration.message.notFound");
        }
        return member;
    }

    private Long ownMemberId() {
        return accounts.currentMemberId().orElse(null);
    }

    private MemberContact contactOf(Member member, Long contactId) {
        // Looked up among the member's own contacts: a contact id of another member is simply not found.
        return member.getContacts().stream().filter(c -> c.getId().equals(contactId)).findFirst()
                .orElseThrow(() -> new MembershipException("members.registration.message.contactNotFound"));
    }

    private long memberVersion(Long memberId) {
        return em.createQuery("SELECT m.version FROM Member m WHERE m.id = :id", Number.class)
                .setParameter("id", memberId).getSingleResult().longValue();
    }

    private long contactVersion(Long contactId) {
        return em.createQuery("SELECT c.version FROM MemberContact c WHERE c.id = :id", Number.class)
                .setParameter("id", contactId).getSingleResult().longValue();
    }

    /**
     * Makes one contact the main one and every other not. {@code MemberContact.makeMain} is not reachable from here
     * and has no opposite, so this goes through the database; the member's persistence context is cleared after it.
     */
    private void makeMain(Member member, Long contactId) {
        em.flush();
        // Native SQL: EclipseLink binds booleans as 1/0 on Derby, which refuses them next to a BOOLEAN column.
        // TRUE and FALSE are literals that Derby and PostgreSQL both read.
        em.createNativeQuery("UPDATE member_contact SET main = FALSE, version = version + 1 "
                        + "WHERE member_id = ? AND id <> ?")
                .setParameter(1, member.getId()).setParameter(2, contactId).executeUpdate();
        em.createNativeQuery("UPDATE member_contact SET main = TRUE, version = version + 1 WHERE id = ?")
                .setParameter(1, contactId).executeUpdate();
        em.clear();
    }

    private Optional<MemberConfirmation> latestConfirmation(Long memberId) {
        return em.createQuery("SELECT c FROM MemberConfirmation c WHERE c.memberId = :memberId "
                        + "ORDER BY c.fiscalYear DESC", MemberConfirmation.class)
                .setParameter("memberId", memberId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Confirms the open yearly request, if any: every save counts as a confirmation. */
    private boolean confirmOpen(Member member, Instant now, List<String[]> recorded) {
        Optional<MemberConfirmation> open = latestConfirmation(member.getId()).filter(c -> !c.isConfirmed());
        if (open.isEmpty()) {
            return false;
        }
        open.get().confirm(caller.getCallerPrincipal().getName(), now);
        recorded.add(new String[] {"confirmed", null, new FiscalYear(open.get().getFiscalYear()).label()});
        return true;
    }

    /** Writes the history rows and tells the admins, in the caller's transaction. */
    private void record(Member member, List<String[]> changes, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        String who = caller.getCallerPrincipal().getName();
        StringBuilder lines = new StringBuilder();
        for (String[] change : changes) {
            em.persist(new MemberChange(member.getId(), who, change[0], change[1], change[2], now));
            lines.append("・").append(FIELD_NAMES.getOrDefault(change[0], change[0])).append("：")
                    .append(change[1] == null ? "（なし）" : change[1]).append(" → ")
                    .append(change[2] == null ? "（なし）" : change[2]).append('\n');
        }
        audit.record(who, "MEMBER_CHANGED", "member " + member.getId() + " "
                + changes.stream().map(c -> c[0]).distinct().toList());
        // A confirmation without a change is no news: the admins' list of who has not confirmed tells them.
        if (changes.stream().allMatch(c -> "confirmed".equals(c[0]))) {
            return;
        }
        for (String admin : accounts.emailsOfRole(Roles.ADMIN)) {
            mail.queue(admin, "【特別区全国連携プロジェクト】会員の登録内容が変更されました（" + member.getName() + "）",
                    member.getName() + " の登録内容が変更されました。\n\n"
                            + "変更者：" + who + "\n"
                            + "日時：" + JapaneseDates.dateTime(now) + "\n\n"
                            + "【変更内容】\n" + lines + "\n"
                            + "内容の確認と、名簿など事務局で管理している資料の更新をお願いします。\n"
                            + "変更履歴は次の画面で確認できます。\n"
                            + baseUrl + "/members/registration.xhtml?member=" + member.getId() + "\n\n"
                            + signature());
        }
    }

    static String signature() {
        return "――――――――――――――――――――\n特別区全国連携プロジェクト\n"
                + "（このメールは送信専用です。ご返信いただいてもお答えできません）";
    }

}
