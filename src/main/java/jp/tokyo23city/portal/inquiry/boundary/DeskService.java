package jp.tokyo23city.portal.inquiry.boundary;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.platform.AttachmentCheck;
import jp.tokyo23city.portal.inquiry.control.BusinessCalendar;
import jp.tokyo23city.portal.inquiry.control.InquiryExport;
import jp.tokyo23city.portal.inquiry.control.InquiryMails;
import jp.tokyo23city.portal.inquiry.control.TypedText;
import jp.tokyo23city.portal.inquiry.entity.Desk;
import jp.tokyo23city.portal.inquiry.entity.EntryKind;
import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.inquiry.entity.InquiryAttachment;
import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * The desks' work on inquiries: queues, claiming and assigning, status, internal notes, replies by mail and
 * transfers. A desk contact sees and changes only the inquiries of their own desks, admins all; an inquiry of another
 * desk is answered as if it did not exist.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DESK_CONTACT})
public class DeskService {

    public static final int NOTE_MAX = 4000;
    public static final int REPLY_MAX = 10_000;
    public static final int REASON_MAX = 1000;
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AccountService accounts;

    @Inject
    InquiryService inquiries;

    @Inject
    MailOutbox mail;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The desks whose queues the caller works on: every desk for admins. */
    public List<InquiryOption> myDesks() {
        return visibleDesks().stream().map(d -> new InquiryOption(d.getId(), d.getName())).toList();
    }

    /** Every active desk, for a transfer. */
    public List<InquiryOption> transferTargets() {
        return em.createQuery("SELECT d FROM Desk d WHERE d.active = TRUE ORDER BY d.sortOrder, d.id", Desk.class)
                .getResultStream().map(d -> new InquiryOption(d.getId(), d.getName())).toList();
    }

    public List<InquirySummary> queue(QueueQuery query, int first, int max) {
        TypedQuery<Inquiry> select = em.createQuery("SELECT i FROM Inquiry i" + where(query) + orderBy(query),
                Inquiry.class);
        bind(select, query);
        List<Inquiry> rows = select.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE_SIZE)).getResultList();
        Map<Long, String> names = assigneeNames(rows);
        LocalDate today = JapaneseDates.today();
        return rows.stream().map(i -> InquirySummary.of(i, names.get(i.getAssigneeId()), today)).toList();
    }

    public long count(QueueQuery query) {
        TypedQuery<Long> select = em.createQuery("SELECT COUNT(i) FROM Inquiry i" + where(query), Long.class);
        bind(select, query);
        return select.getSingleResult();
    }

    public InquiryDetail detail(long id) {
        Inquiry inquiry = visible(id);
        List<InquiryDetail.AttachmentInfo> files = em.createQuery("SELECT a.id, a.fileName, a.contentType, a.sizeBytes "
                        + "FROM InquiryAttachment a WHERE a.inquiryId = :id ORDER BY a.id", Object[].class)
                .setParameter("id", id).getResultStream()
                .map(row -> new InquiryDetail.AttachmentInfo((Long) row[0], (String) row[1],
                        AttachmentCheck.describe((String) row[2], (Long) row[3])))
                .toList();
        String assignee = inquiry.getAssigneeId() == null ? null
                : accounts.displayNames(Set.of(inquiry.getAssigneeId())).get(inquiry.getAssigneeId());
        return new InquiryDetail(inquiry.getId(), inquiry.getReference(), inquiry.getDesk().getId(),
                inquiry.getDesk().getName(), inquiry.getType().getName(), inquiry.getSenderKind(),
                inquiry.getSenderName(), inquiry.getSenderKana(), inquiry.getOrganisation(), inquiry.getEmail(),
                inquiry.getPhone(), inquiry.getEventId(), inquiry.getThreadId(), inquiry.getSubject(),
                inquiry.getMessage(), inquiry.getStatus(), inquiry.getAssigneeId(), assignee,
                inquiry.getReceivedAt(), inquiry.getDueOn(), inquiry.isOverdue(JapaneseDates.today()),
                inquiry.getVersion(), inquiry.getEntries().stream().map(InquiryMessage::of).toList(), files);
    }

    /** The contacts of an inquiry's desk, to assign it to one of them. */
    public List<InquiryOption> assignableContacts(long inquiryId) {
        Inquiry inquiry = visible(inquiryId);
        Map<Long, String> names = accounts.displayNames(inquiry.getDesk().getContactIds());
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new InquiryOption(e.getKey(), e.getValue())).toList();
    }

    /** The caller takes the inquiry (担当する). */
    public void claim(long id, int version) {
        Inquiry inquiry = changeable(id, version);
        Account me = accounts.current();
        inquiry.assignTo(me.getId(), me.getDisplayName(), me.getDisplayName(), Instant.now());
        audit.record(me.getUsername(), "INQUIRY_CLAIMED", inquiry.getReference());
    }

    /** Gives the inquiry to one of its desk's contacts. */
    public void assign(long id, long accountId, int version) {
        Inquiry inquiry = changeable(id, version);
        if (!inquiry.getDesk().hasContact(accountId)) {
            throw new InquiryException("desk.inquiry.message.notAContact");
        }
        Account me = accounts.current();
        String name = accounts.displayNames(Set.of(accountId)).get(accountId);
        inquiry.assignTo(accountId, me.getDisplayName(), name, Instant.now());
        audit.record(me.getUsername(), "INQUIRY_ASSIGNED", inquiry.getReference() + " → account " + accountId);
    }

    public void changeStatus(long id, InquiryStatus status, int version) {
        Inquiry inquiry = changeable(id, version);
        Account me = accounts.current();
        inquiry.changeStatus(status, me.getDisplayName(), Instant.now());
        audit.record(me.getUsername(), "INQUIRY_STATUS", inquiry.getReference() + " " + status);
    }

    /** An internal note (内部メモ): for the desk only, never sent or shown to the sender. */
    public void note(long id, String text) {
        Inquiry inquiry = visible(id);
        String body = required(text, NOTE_MAX, "desk.inquiry.message.noteRequired");
        Account me = accounts.current();
        inquiry.record(EntryKind.NOTE, me.getDisplayName(), body, Instant.now());
    }

    /** Mails an answer to the sender (the reference number in the subject) and keeps it in the history. */
    public void reply(long id, String text, int version) {
        Inquiry inquiry = changeable(id, version);
        String body = required(text, REPLY_MAX, "desk.inquiry.message.replyRequired");
        Account me = accounts.current();
        if (inquiry.getAssigneeId() == null) {
            inquiry.assignTo(me.getId(), me.getDisplayName(), me.getDisplayName(), Instant.now());
        }
        inquiry.replied(me.getDisplayName(), body, Instant.now());
        mail.queue(inquiry.getEmail(), InquiryMails.replySubject(inquiry), InquiryMails.reply(inquiry, body));
        audit.record(me.getUsername(), "INQUIRY_REPLIED", inquiry.getReference());
    }

    /** Hands the inquiry to another desk, with the reason; that desk gets a notice and a fresh deadline. */
    public void transfer(long id, long deskId, String reason, int version) {
        Inquiry inquiry = changeable(id, version);
        String why = required(reason, REASON_MAX, "desk.inquiry.message.reasonRequired");
        Desk target = em.find(Desk.class, deskId);
        if (target == null || !target.isActive()) {
            throw new InquiryException("desk.inquiry.message.deskRequired");
        }
        if (target.getId().equals(inquiry.getDesk().getId())) {
            throw new InquiryException("desk.inquiry.message.sameDesk");
        }
        Account me = accounts.current();
        String from = inquiry.getDesk().getName();
        LocalDate due = BusinessCalendar.addBusinessDays(JapaneseDates.today(),
                InquiryService.responseDays(target, inquiry.getType()));
        inquiry.transferTo(target, me.getDisplayName(), why, due, Instant.now());
        inquiries.notifyDesk(target, InquiryMails.transferSubject(inquiry), InquiryMails.transfer(inquiry, from, why,
                baseUrl + "/desk/inquiry.xhtml?id=" + inquiry.getId()));
        audit.record(me.getUsername(), "INQUIRY_TRANSFERRED", inquiry.getReference() + " → desk " + deskId);
    }

    /** A file of an inquiry the caller may see. */
    public InquiryAttachment attachment(long attachmentId) {
        InquiryAttachment file = em.find(InquiryAttachment.class, attachmentId);
        if (file == null) {
            throw new InquiryNotFoundException("attachment " + attachmentId);
        }
        visible(file.getInquiryId());
        return file;
    }

    /** The inquiries of a queue with their full messages and history, as xlsx or CSV (UTF-8 with BOM). */
    public byte[] export(QueueQuery query, boolean xlsx) {
        TypedQuery<Inquiry> select = em.createQuery("SELECT i FROM Inquiry i" + where(query) + orderBy(query),
                Inquiry.class);
        bind(select, query);
        List<Inquiry> rows = select.setMaxResults(10_000).getResultList();
        Map<Long, String> names = assigneeNames(rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (xlsx) {
            InquiryExport.writeXlsx(rows, names, out);
        } else {
            InquiryExport.writeCsv(rows, names, out);
        }
        audit.record(caller.getCallerPrincipal().getName(), "INQUIRY_EXPORTED", rows.size() + " inquiries");
        return out.toByteArray();
    }

    private Map<Long, String> assigneeNames(List<Inquiry> rows) {
        Set<Long> ids = new HashSet<>();
        rows.stream().map(Inquiry::getAssigneeId).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids.isEmpty() ? new HashMap<>() : accounts.displayNames(ids);
    }

    private List<Desk> visibleDesks() {
        List<Desk> all = em.createQuery("SELECT d FROM Desk d ORDER BY d.sortOrder, d.id", Desk.class).getResultList();
        if (caller.isCallerInRole(Roles.ADMIN)) {
            return all;
        }
        long me = accounts.current().getId();
        return all.stream().filter(d -> d.hasContact(me)).toList();
    }

    private Inquiry visible(long id) {
        Inquiry inquiry = em.find(Inquiry.class, id);
        if (inquiry == null || !mayHandle(inquiry.getDesk())) {
            throw new InquiryNotFoundException(id);
        }
        return inquiry;
    }

    private Inquiry changeable(long id, int version) {
        Inquiry inquiry = visible(id);
        if (inquiry.getVersion() != version) {
            throw new InquiryException("desk.inquiry.message.changedMeanwhile");
        }
        return inquiry;
    }

    private boolean mayHandle(Desk desk) {
        return caller.isCallerInRole(Roles.ADMIN) || desk.hasContact(accounts.current().getId());
    }

    private static String required(String text, int max, String key) {
        try {
            return TypedText.of(text, max).orElseThrow(() -> new InquiryException(key));
        } catch (TypedText.TooLongException e) {
            throw new InquiryException("desk.inquiry.message.tooLong");
        }
    }

    private String where(QueueQuery query) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.desk.id IN :desks");
        if (query.status() != null) {
            conditions.add("i.status = :status");
        } else if (!query.includeDone()) {
            conditions.add("i.status IN :open");
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(i.reference LIKE :text ESCAPE '\\' OR i.subject LIKE :text ESCAPE '\\' OR i.senderName LIKE :text ESCAPE '\\' "
                    + "OR i.organisation LIKE :text ESCAPE '\\' OR LOWER(i.email) LIKE :lowerText ESCAPE '\\' OR i.message LIKE :text ESCAPE '\\')");
        }
        if (query.overdueOnly()) {
            conditions.add("i.answeredAt IS NULL AND i.status IN :open AND i.dueOn < :today");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static String orderBy(QueueQuery query) {
        QueueQuery.QueueOrder order = query.order() == null ? QueueQuery.QueueOrder.RECEIVED_ASC : query.order();
        return switch (order) {
            case RECEIVED_ASC -> " ORDER BY i.receivedAt, i.id";
            case RECEIVED_DESC -> " ORDER BY i.receivedAt DESC, i.id DESC";
            case DUE_ASC -> " ORDER BY i.dueOn, i.receivedAt, i.id";
        };
    }

    private void bind(TypedQuery<?> select, QueueQuery query) {
        List<Long> desks = visibleDesks().stream().map(Desk::getId)
                .filter(id -> query.deskId() == null || id.equals(query.deskId())).toList();
        select.setParameter("desks", desks.isEmpty() ? List.of(-1L) : desks);
        if (query.status() != null) {
            select.setParameter("status", query.status());
        }
        List<InquiryStatus> open = List.of(InquiryStatus.NEW, InquiryStatus.IN_PROGRESS, InquiryStatus.ON_HOLD);
        if ((query.status() == null && !query.includeDone()) || query.overdueOnly()) {
            select.setParameter("open", open);
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            text = text.length() > QueueQuery.TEXT_MAX ? text.substring(0, QueueQuery.TEXT_MAX) : text;
            String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            select.setParameter("text", pattern);
            select.setParameter("lowerText", pattern.toLowerCase(java.util.Locale.ROOT));
        }
        if (query.overdueOnly()) {
            select.setParameter("today", JapaneseDates.today());
        }
    }
}
