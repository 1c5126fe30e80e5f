package jp.tokyo23city.portal.inquiry.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.inquiry.control.BusinessCalendar;
import jp.tokyo23city.portal.inquiry.control.InquiryRouter;
import jp.tokyo23city.portal.inquiry.control.PublicDesks;
import jp.tokyo23city.portal.inquiry.control.TypedText;
import jp.tokyo23city.portal.inquiry.entity.Desk;
import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.inquiry.entity.InquiryType;
import jp.tokyo23city.portal.inquiry.entity.RoutingConditions;
import jp.tokyo23city.portal.inquiry.entity.RoutingRule;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * What admins configure of inquiries: desks and their contacts, inquiry types, routing rules (ordered, tried on a
 * sample before saving), and the figures of how desks keep their deadlines.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DeskAdminService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-]{6,20}$");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AccountService accounts;

    @Inject
    InquiryService inquiries;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AuditLog audit;

    @Inject
    Event<PublicDesks.Changed> desksChanged;

    public List<Desk> desks() {
        return em.createQuery("SELECT d FROM Desk d ORDER BY d.sortOrder, d.id", Desk.class).getResultList();
    }

    public Optional<Desk> findDesk(long id) {
        return Optional.ofNullable(em.find(Desk.class, id));
    }

    /** Accounts that may be a desk's contacts: those with the role 窓口担当. */
    public List<InquiryOption> contactCandidates() {
        return accounts.accountsOfRole(Roles.DESK_CONTACT).stream()
                .map(a -> new InquiryOption(a.getId(), a.getDisplayName() + "（" + a.getUsername() + "）")).toList();
    }

    /** Creates ({@code id} null) or changes a desk. Exactly one active desk is the default desk. */
    public Desk saveDesk(Long id, DeskForm form) {
        String name = required(form.name(), Desk.NAME_MAX, "admin.desks.message.nameRequired");
        String topic = required(form.topic(), Desk.TOPIC_MAX, "admin.desks.message.topicRequired");
        String email = optional(form.email(), Desk.EMAIL_MAX);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InquiryException("admin.desks.message.emailInvalid");
        }
        String phone = optional(form.phone(), Desk.PHONE_MAX);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InquiryException("admin.desks.message.phoneInvalid");
        }
        if (form.responseDays() < 1 || form.responseDays() > 60) {
            throw new InquiryException("admin.desks.message.daysInvalid");
        }
        Long sameName = em.createQuery("SELECT COUNT(d) FROM Desk d WHERE d.name = :name AND d.id <> :id", Long.class)
                .setParameter("name", name).setParameter("id", id == null ? -1L : id).getSingleResult();
        if (sameName > 0) {
            throw new InquiryException("admin.desks.message.nameTaken");
        }
        Desk desk = id == null ? null : em.find(Desk.class, id);
        if (id != null && desk == null) {
            throw new InquiryException("admin.desks.message.notFound");
        }
        if (desk == null) {
            desk = new Desk(name, topic, form.sortOrder());
            em.persist(desk);
        }
        boolean wasDefault = desk.isDefaultDesk();
        if (wasDefault && (!form.defaultDesk() || !form.active())) {
            throw new InquiryException("admin.desks.message.defaultNeeded");
        }
        Set<Long> allowed = new HashSet<>();
        accounts.accountsOfRole(Roles.DESK_CONTACT).forEach(a -> allowed.add(a.getId()));
        Set<Long> contacts = new HashSet<>(form.contactIds());
        if (!allowed.containsAll(contacts)) {
            throw new InquiryException("admin.desks.message.contactInvalid");
        }
        desk.describe(name, topic, email, phone, optional(form.businessHours(), Desk.HOURS_MAX));
        desk.configure(form.responseDays(), form.shownPublicly(), form.sortOrder(), form.active());
        desk.replaceContacts(contacts);
        if (form.defaultDesk() && !wasDefault) {
            if (!form.active()) {
                throw new InquiryException("admin.desks.message.defaultNeeded");
            }
            for (Desk other : desks()) {
                other.makeDefault(false);
            }
            desk.makeDefault(true);
        }
        audit.record(me(), id == null ? "DESK_CREATED" : "DESK_CHANGED", name);
        desksChanged.fire(new PublicDesks.Changed());
        return desk;
    }

    public List<InquiryType> types() {
        return em.createQuery("SELECT t FROM InquiryType t ORDER BY t.sortOrder, t.id", InquiryType.class)
                .getResultList();
    }

    /** Creates ({@code id} null) or changes an inquiry type. */
    public void saveType(Long id, String typedName, Integer responseDays, int sortOrder, boolean active) {
        String name = required(typedName, InquiryType.NAME_MAX, "admin.inquiryTypes.message.nameRequired");
        if (responseDays != null && (responseDays < 1 || responseDays > 60)) {
            throw new InquiryException("admin.desks.message.daysInvalid");
        }
        Long sameName = em.createQuery("SELECT COUNT(t) FROM InquiryType t WHERE t.name = :name AND t.id <> :id",
                Long.class).setParameter("name", name).setParameter("id", id == null ? -1L : id).getSingleResult();
        if (sameName > 0) {
            throw new InquiryException("admin.inquiryTypes.message.nameTaken");
        }
        InquiryType type = id == null ? new InquiryType(name, sortOrder) : em.find(InquiryType.class, id);
        if (type == null) {
            throw new InquiryException("admin.inquiryTypes.message.notFound");
        }
        if (id == null) {
            em.persist(type);
        }
        type.change(name, responseDays, sortOrder, active);
        audit.record(me(), id == null ? "INQUIRY_TYPE_CREATED" : "INQUIRY_TYPE_CHANGED", name);
    }

    public List<RuleRow> rules() {
        Map<Long, String> deskNames = new LinkedHashMap<>();
        desks().forEach(d -> deskNames.put(d.getId(), d.getName()));
        Map<Long, String> typeNames = new LinkedHashMap<>();
        types().forEach(t -> typeNames.put(t.getId(), t.getName()));
        Map<String, String> prefectures = new LinkedHashMap<>();
        municipalities.prefectures().forEach(p -> prefectures.put(p.getCode(), p.getName()));
        return orderedRules().stream().map(rule -> new RuleRow(rule.getId(), rule.getPosition(), rule.isActive(),
                rule.conditions(), deskNames.get(rule.getDeskId()),
                describe(rule.conditions(), typeNames, prefectures))).toList();
    }

    public Optional<RoutingConditions> findRule(long id) {
        return Optional.ofNullable(em.find(RoutingRule.class, id)).map(RoutingRule::conditions);
    }

    public List<Prefecture> prefectures() {
        return municipalities.prefectures();
    }

    /** Creates ({@code id} null, added last) or changes a rule. */
    public void saveRule(Long id, RoutingConditions typed) {
        RoutingConditions conditions = checked(typed);
        if (id == null) {
            int last = orderedRules().stream().mapToInt(RoutingRule::getPosition).max().orElse(0);
            em.persist(new RoutingRule(last + 1, conditions));
        } else {
            rule(id).change(conditions);
        }
        audit.record(me(), id == null ? "ROUTING_RULE_CREATED" : "ROUTING_RULE_CHANGED", conditions.name());
    }

    /** Moves a rule one place up ({@code up}) or down; positions stay 1, 2, 3… */
    public void moveRule(long id, boolean up) {
        List<RoutingRule> rules = new ArrayList<>(orderedRules());
        int index = rules.indexOf(rule(id));
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= rules.size()) {
            return;
        }
        rules.set(index, rules.get(other));
        rules.set(other, rule(id));
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).moveTo(i + 1);
        }
        audit.record(me(), "ROUTING_RULE_MOVED", rule(id).getName() + (up ? " up" : " down"));
    }

    public void activateRule(long id, boolean active) {
        rule(id).activate(active);
        audit.record(me(), "ROUTING_RULE_" + (active ? "ACTIVATED" : "DEACTIVATED"), rule(id).getName());
    }

    public void deleteRule(long id) {
        RoutingRule rule = rule(id);
        em.remove(rule);
        audit.record(me(), "ROUTING_RULE_DELETED", rule.getName());
    }

    /**
     * Tries the active rules on a sample inquiry with {@code draft} in place of rule {@code draftId} (or, for a new
     * rule, last): which desk would get it, by which rule.
     */
    public RoutingTest testRouting(RoutingConditions draft, Long draftId, InquiryRouter.Sample sample) {
        List<InquiryRouter.Rule> rules = new ArrayList<>();
        boolean placed = false;
        for (RoutingRule rule : orderedRules()) {
            if (draftId != null && rule.getId().equals(draftId)) {
                if (draft != null) {
                    rules.add(new InquiryRouter.Rule(-1, draft));
                }
                placed = true;
            } else if (rule.isActive()) {
                rules.add(new InquiryRouter.Rule(rule.getId(), rule.conditions()));
            }
        }
        if (draft != null && !placed) {
            rules.add(new InquiryRouter.Rule(-1, draft));
        }
        rules.removeIf(rule -> rule.conditions().deskId() == null || em.find(Desk.class, rule.conditions().deskId()) == null);
        Optional<InquiryRouter.Rule> match = InquiryRouter.firstMatch(rules, sample);
        Desk desk = match.map(rule -> em.find(Desk.class, rule.conditions().deskId()))
                .orElseGet(() -> inquiries.defaultDesk());
        boolean draftMatches = draft != null && InquiryRouter.matches(draft, sample);
        return new RoutingTest(desk.getName(), match.map(rule -> rule.conditions().name()).orElse(null), draftMatches);
    }

    /** Deadline figures per desk for inquiries received from {@code from} to {@code to}, both included. */
    public List<SlaFigures> sla(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(JapaneseDates.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(JapaneseDates.ZONE).toInstant();
        List<Inquiry> received = em.createQuery("SELECT i FROM Inquiry i WHERE i.receivedAt >= :start "
                        + "AND i.receivedAt < :end", Inquiry.class)
                .setParameter("start", start).setParameter("end", end).getResultList();
        LocalDate today = JapaneseDates.today();
        List<SlaFigures> figures = new ArrayList<>();
        for (Desk desk : desks()) {
            long count = 0;
            long inTime = 0;
            long late = 0;
            long overdue = 0;
            long open = 0;
            long days = 0;
            for (Inquiry inquiry : received) {
                if (!inquiry.getDesk().getId().equals(desk.getId())) {
                    continue;
                }
                count++;
                if (inquiry.getAnsweredAt() != null) {
                    LocalDate answered = LocalDate.ofInstant(inquiry.getAnsweredAt(), JapaneseDates.ZONE);
                    if (answered.isAfter(inquiry.getDueOn())) {
                        late++;
                    } else {
                        inTime++;
                    }
                    days += BusinessCalendar.businessDaysBetween(
                            LocalDate.ofInstant(inquiry.getReceivedAt(), JapaneseDates.ZONE), answered);
                } else if (inquiry.getStatus().isOpen()) {
                    open++;
                    if (inquiry.isOverdue(today)) {
                        overdue++;
                    }
                }
            }
            long answered = inTime + late;
            figures.add(new SlaFigures(desk.getName(), count, inTime, late, overdue, open,
                    answered == 0 ? 0 : (double) days / answered));
        }
        return figures;
    }

    private List<RoutingRule> orderedRules() {
        return em.createQuery("SELECT r FROM RoutingRule r ORDER BY r.position, r.id", RoutingRule.class)
                .getResultList();
    }

    private RoutingRule rule(long id) {
        RoutingRule rule = em.find(RoutingRule.class, id);
        if (rule == null) {
            throw new InquiryException("admin.routing.message.notFound");
        }
        return rule;
    }

    private RoutingConditions checked(RoutingConditions typed) {
        String name = required(typed.name(), RoutingRule.NAME_MAX, "admin.routing.message.nameRequired");
        if (typed.deskId() == null || em.find(Desk.class, typed.deskId()) == null) {
            throw new InquiryException("admin.routing.message.deskRequired");
        }
        if (typed.typeId() != null && em.find(InquiryType.class, typed.typeId()) == null) {
            throw new InquiryException("admin.routing.message.typeInvalid");
        }
        String prefecture = optional(typed.prefectureCode(), 2);
        if (prefecture != null && municipalities.prefectures().stream().noneMatch(p -> p.getCode().equals(prefecture))) {
            throw new InquiryException("admin.routing.message.prefectureInvalid");
        }
        String keywords = optional(typed.keywords(), RoutingRule.KEYWORDS_MAX);
        boolean anyCondition = typed.typeId() != null || typed.senderKind() != null || typed.eventId() != null
                || typed.threadId() != null || prefecture != null || keywords != null;
        if (!anyCondition) {
            throw new InquiryException("admin.routing.message.conditionRequired");
        }
        return new RoutingConditions(name, typed.deskId(), typed.typeId(), typed.senderKind(), typed.eventId(),
                typed.threadId(), prefecture, keywords);
    }

    private static String describe(RoutingConditions rule, Map<Long, String> types, Map<String, String> prefectures) {
        List<String> parts = new ArrayList<>();
        if (rule.typeId() != null) {
            parts.add("種別：" + types.getOrDefault(rule.typeId(), "?"));
        }
        if (rule.senderKind() != null) {
            parts.add("差出人：" + switch (rule.senderKind()) {
                case PUBLIC -> "一般";
                case MEMBER -> "会員";
                case WARD -> "特別区";
            });
        }
        if (rule.eventId() != null) {
            parts.add("イベントID：" + rule.eventId());
        }
        if (rule.threadId() != null) {
            parts.add("掲示板スレッドID：" + rule.threadId());
        }
        if (rule.prefectureCode() != null) {
            parts.add("都道府県：" + prefectures.getOrDefault(rule.prefectureCode(), rule.prefectureCode()));
        }
        if (rule.keywords() != null) {
            parts.add("キーワード：" + String.join("・", InquiryRouter.keywords(rule.keywords())));
        }
        return String.join("／", parts);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private static String required(String text, int max, String key) {
        String typed = optional(text, max);
        if (typed == null) {
            throw new InquiryException(key);
        }
        return typed;
    }

    private static String optional(String text, int max) {
        try {
            return TypedText.of(text, max).orElse(null);
        } catch (TypedText.TooLongException e) {
            throw new InquiryException("admin.desks.message.tooLong");
        }
    }
}
