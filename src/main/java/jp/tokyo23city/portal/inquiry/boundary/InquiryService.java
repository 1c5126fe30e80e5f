package jp.tokyo23city.portal.inquiry.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.platform.AttachmentCheck;
import jp.tokyo23city.portal.inquiry.control.BusinessCalendar;
import jp.tokyo23city.portal.inquiry.control.InquiryMails;
import jp.tokyo23city.portal.inquiry.control.InquiryRouter;
import jp.tokyo23city.portal.inquiry.entity.Desk;
import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.inquiry.entity.InquiryAttachment;
import jp.tokyo23city.portal.inquiry.entity.InquiryContent;
import jp.tokyo23city.portal.inquiry.entity.InquirySender;
import jp.tokyo23city.portal.inquiry.entity.InquiryType;
import jp.tokyo23city.portal.inquiry.entity.RoutingRule;
import jp.tokyo23city.portal.inquiry.entity.SenderKind;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.member.boundary.MemberProfile;
import jp.tokyo23city.portal.member.boundary.MemberService;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;
import jp.tokyo23city.portal.security.SecretTokens;

/**
 * Receives inquiries from the public and from members: routes each to its desk, gives it a reference number and a
 * deadline, and mails the sender a copy and the desk a notice, in one transaction with the inquiry. Senders read
 * their inquiry's status by the secret link of that mail, members also in the portal.
 */
@Stateless
public class InquiryService {

    private static final Duration RATE_WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    InquiryCounters counters;

    @Inject
    AccountService accounts;

    @Inject
    MemberService members;

    @Inject
    MailOutbox mail;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.inquiry.max-per-email-per-hour", defaultValue = "5")
    int maxPerEmail;

    @Inject
    @ConfigProperty(name = "portal.inquiry.max-per-address-per-hour", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "portal.inquiry.min-fill-seconds", defaultValue = "3")
    long minFillSeconds;

    @Inject
    @ConfigProperty(name = "portal.inquiry.attachment-max-bytes", defaultValue = "10485760")
    long attachmentMaxBytes;

    /** A form sent sooner than this after it was opened is refused: people take longer, programs do not. */
    @PermitAll
    public long minFillSeconds() {
        return minFillSeconds;
    }

    /** The types the forms offer, in the admins' order. */
    @PermitAll
    public List<InquiryOption> types() {
        return em.createQuery("SELECT t FROM InquiryType t WHERE t.active = TRUE ORDER BY t.sortOrder, t.id",
                InquiryType.class).getResultStream().map(t -> new InquiryOption(t.getId(), t.getName())).toList();
    }

    @PermitAll
    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }

    /** An inquiry through the public form. {@code address} is the sender's IP address, for the rate limit. */
    @PermitAll
    public InquiryReceipt submitPublic(InquirySender typed, InquiryContent content, InquiryFile file, String address) {
        InquirySender sender = new InquirySender(SenderKind.PUBLIC, typed.name(), typed.kana(), typed.organisation(),
                typed.email(), typed.phone(), null, null, null);
        return receive(sender, new InquiryContent(content.typeId(), null, null, content.subject(), content.message()),
                file, address);
    }

    /**
     * An inquiry through the members' form: who sends it, for which member and from which prefecture comes from the
     * signed-in account, not from the form; name, mail address and phone are as typed (pre-filled).
     */
    @RolesAllowed({Roles.MEMBER_STAFF, Roles.WARD_STAFF})
    public InquiryReceipt submitAsStaff(InquirySender typed, InquiryContent content, InquiryFile file,
                                        String address) {
        Account account = accounts.current();
        Optional<MemberProfile> member = members.profile(account.getMemberId());
        SenderKind kind = member.map(MemberProfile::ward).orElse(false) || caller.isCallerInRole(Roles.WARD_STAFF)
                ? SenderKind.WARD : SenderKind.MEMBER;
        String organisation = member.map(m -> m.name() + (m.department() == null ? "" : " " + m.department()))
                .orElse(typed.organisation());
        InquirySender sender = new InquirySender(kind, typed.name(), typed.kana(), organisation, typed.email(),
                typed.phone(), member.map(MemberProfile::prefectureCode).orElse(null),
                member.map(MemberProfile::id).orElse(null), account.getId());
        return receive(sender, content, file, address);
    }

    /** Pre-fill of the members' form: the caller's name and mail address, and their member with its department. */
    @RolesAllowed({Roles.MEMBER_STAFF, Roles.WARD_STAFF})
    public InquirySender staffSender() {
        Account account = accounts.current();
        Optional<MemberProfile> member = members.profile(account.getMemberId());
        return new InquirySender(SenderKind.MEMBER, account.getDisplayName(), "",
                member.map(m -> m.name() + (m.department() == null ? "" : " " + m.department())).orElse(null),
                account.getEmail(), null, member.map(MemberProfile::prefectureCode).orElse(null),
                member.map(MemberProfile::id).orElse(null), account.getId());
    }

    /** The caller's own inquiries, newest first: the members' portal lists them. */
    @RolesAllowed({Roles.MEMBER_STAFF, Roles.WARD_STAFF})
    public List<InquirySummary> mine(int max) {
        Account account = accounts.current();
        return em.createQuery("SELECT i FROM Inquiry i WHERE i.accountId = :account ORDER BY i.receivedAt DESC",
                        Inquiry.class).setParameter("account", account.getId()).setMaxResults(max)
                .getResultStream().map(i -> InquirySummary.of(i, null, JapaneseDates.today())).toList();
    }

    /** One of the caller's own inquiries as its sender sees it. */
    @RolesAllowed({Roles.MEMBER_STAFF, Roles.WARD_STAFF})
    public InquiryForSender mineByReference(String reference) {
        Account account = accounts.current();
        return em.createQuery("SELECT i FROM Inquiry i WHERE i.reference = :reference AND i.accountId = :account",
                        Inquiry.class).setParameter("reference", reference).setParameter("account", account.getId())
                .getResultStream().findFirst().map(InquiryForSender::of)
                .orElseThrow(() -> new InquiryNotFoundException(reference));
    }

    /** The inquiry of a status link, as its sender sees it: what was sent and the answers, not internal notes. */
    @PermitAll
    public Optional<InquiryForSender> bySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT i FROM Inquiry i WHERE i.accessHash = :hash", Inquiry.class)
                .setParameter("hash", SecretTokens.hash(secret)).getResultStream().findFirst()
                .map(InquiryForSender::of);
    }

    private InquiryReceipt receive(InquirySender sender, InquiryContent content, InquiryFile file, String address) {
        Instant now = Instant.now();
        limitRate(sender.email(), address, now);
        InquiryType type = Optional.ofNullable(em.find(InquiryType.class, content.typeId()))
                .filter(InquiryType::isActive).orElseThrow(() -> new InquiryException("inquiry.message.typeRequired"));
        StoredFile stored = file == null ? null : check(file);
        Routing routing = route(new InquiryRouter.Sample(type.getId(), sender.kind(), content.eventId(),
                content.threadId(), sender.prefectureCode(), content.subject(), content.message()));
        LocalDate today = JapaneseDates.today();
        LocalDate due = BusinessCalendar.addBusinessDays(today, responseDays(routing.desk(), type));
        String secret = SecretTokens.newSecret();
        String reference = counters.next(today.getYear());
        Inquiry inquiry = new Inquiry(reference, routing.desk(), routing.ruleId(), type, sender, content, now, due,
                SecretTokens.hash(secret), address == null ? null : address.substring(0, Math.min(64, address.length())));
        em.persist(inquiry);
        em.flush();
        if (stored != null) {
            em.persist(new InquiryAttachment(inquiry.getId(), stored.name(), stored.type(), stored.content()));
        }
        audit.record(sender.accountId() == null ? null : accounts.current().getUsername(), "INQUIRY_RECEIVED",
                reference + " → desk " + routing.desk().getId());
        String statusUrl = baseUrl + "/inquiry/status.xhtml?key=" + secret;
        mail.queue(sender.email(), InquiryMails.receiptSubject(reference),
                InquiryMails.receipt(inquiry, statusUrl, stored == null ? null : stored.name()));
        notifyDesk(routing.desk(), InquiryMails.deskNoticeSubject(inquiry),
                InquiryMails.deskNotice(inquiry, baseUrl + "/desk/inquiry.xhtml?id=" + inquiry.getId()));
        return new InquiryReceipt(reference, routing.desk().getName(), routing.desk().getPhone(), due, statusUrl,
                sender.email());
    }

    /**
     * Mails a desk, in the caller's transaction: its shared address and its contacts' addresses, each once; the
     * admins when the desk has neither.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyDesk(Desk desk, String subject, String body) {
        Set<String> recipients = new LinkedHashSet<>();
        if (desk.getEmail() != null && !desk.getEmail().isBlank()) {
            recipients.add(desk.getEmail());
        }
        recipients.addAll(accounts.emailsOf(desk.getContactIds()));
        if (recipients.isEmpty()) {
            // Nobody at the desk yet: the admins must know an inquiry waits.
            recipients.addAll(accounts.emailsOfRole(Roles.ADMIN));
        }
        recipients.forEach(to -> mail.queue(to, subject, body));
    }

    static int responseDays(Desk desk, InquiryType type) {
        return type.getResponseDays() != null ? type.getResponseDays() : desk.getResponseDays();
    }

    private void limitRate(String email, String address, Instant now) {
        Instant since = now.minus(RATE_WINDOW);
        long byEmail = em.createQuery("SELECT COUNT(i) FROM Inquiry i WHERE LOWER(i.email) = :email "
                        + "AND i.receivedAt > :since", Long.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT)).setParameter("since", since)
                .getSingleResult();
        if (byEmail >= maxPerEmail) {
            throw new InquiryException("inquiry.message.tooManyFromEmail");
        }
        if (address != null) {
            long byAddress = em.createQuery("SELECT COUNT(i) FROM Inquiry i WHERE i.senderAddress = :address "
                    + "AND i.receivedAt > :since", Long.class)
                    .setParameter("address", address).setParameter("since", since).getSingleResult();
            if (byAddress >= maxPerAddress) {
                throw new InquiryException("inquiry.message.tooManyFromAddress");
            }
        }
    }

    private StoredFile check(InquiryFile file) {
        if (file.content().length > attachmentMaxBytes) {
            throw new InquiryException("inquiry.message.attachmentTooLarge");
        }
        String type = AttachmentCheck.allowedType(file.content())
                .orElseThrow(() -> new InquiryException("inquiry.message.attachmentType"));
        return new StoredFile(AttachmentCheck.safeFileName(file.fileName(), type), type, file.content());
    }

    private record StoredFile(String name, String type, byte[] content) {
    }

    private record Routing(Desk desk, Long ruleId) {
    }

    /** The desk of an inquiry: the first matching active rule's, else the default desk's. */
    private Routing route(InquiryRouter.Sample sample) {
        List<RoutingRule> active = em.createQuery("SELECT r FROM RoutingRule r WHERE r.active = TRUE "
                + "ORDER BY r.position, r.id", RoutingRule.class).getResultList();
        List<InquiryRouter.Rule> rules = new ArrayList<>();
        for (RoutingRule rule : active) {
            Desk desk = em.find(Desk.class, rule.getDeskId());
            if (desk != null && desk.isActive()) {
                rules.add(new InquiryRouter.Rule(rule.getId(), rule.conditions()));
            }
        }
        return InquiryRouter.firstMatch(rules, sample)
                .map(rule -> new Routing(em.find(Desk.class, rule.conditions().deskId()), rule.id()))
                .orElseGet(() -> new Routing(defaultDesk(), null));
    }

    /** The desk that takes what no rule routes: the one marked default, else the first active desk. */
    @PermitAll
    public Desk defaultDesk() {
        return em.createQuery("SELECT d FROM Desk d WHERE d.active = TRUE ORDER BY d.defaultDesk DESC, d.sortOrder, d.id",
                Desk.class).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No active desk: an admin must activate one"));
    }
}
