package jp.tokyo23city.portal.inquiry.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An inquiry (問い合わせ): what someone asked, the desk that answers it, its reference number (受付番号), its state
 * and deadline, and everything that happened to it.
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    public static final int NAME_MAX = 100;
    public static final int KANA_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int SUBJECT_MAX = 200;
    public static final int MESSAGE_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "desk_id")
    private Desk desk;

    @ManyToOne(optional = false)
    @JoinColumn(name = "type_id")
    private InquiryType type;

    /** The routing rule that chose the desk; none when the default desk took it. */
    @Column(name = "rule_id")
    private Long ruleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", nullable = false, length = 16)
    private SenderKind senderKind;

    @Column(name = "sender_name", nullable = false, length = NAME_MAX)
    private String senderName;

    @Column(name = "sender_kana", nullable = false, length = KANA_MAX)
    private String senderKana;

    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InquiryStatus status;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** The last business day for the first answer. */
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    /** SHA-256 of the secret in the sender's status link. */
    @Column(name = "access_hash", nullable = false, length = 64, unique = true)
    private String accessHash;

    /** The address the form was sent from, for the rate limit per address. */
    @Column(name = "sender_address", length = 64)
    private String senderAddress;

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    private List<InquiryEntry> entries = new ArrayList<>();

    @Version
    private int version;

    protected Inquiry() {
    }

    public Inquiry(String reference, Desk desk, Long ruleId, InquiryType type, InquirySender sender,
                   InquiryContent content, Instant receivedAt, LocalDate dueOn, String accessHash,
                   String senderAddress) {
        this.reference = reference;
        this.desk = desk;
        this.ruleId = ruleId;
        this.type = type;
        this.senderKind = sender.kind();
        this.senderName = sender.name();
        this.senderKana = sender.kana();
        this.organisation = sender.organisation();
        this.email = sender.email();
        this.phone = sender.phone();
        this.prefectureCode = sender.prefectureCode();
        this.memberId = sender.memberId();
        this.accountId = sender.accountId();
        this.eventId = content.eventId();
        this.threadId = content.threadId();
        this.subject = content.subject();
        this.message = content.message();
        this.status = InquiryStatus.NEW;
        this.receivedAt = receivedAt;
        this.dueOn = dueOn;
        this.accessHash = accessHash;
        this.senderAddress = senderAddress;
        record(EntryKind.RECEIVED, sender.name(), content.message(), receivedAt);
    }

    public final InquiryEntry record(EntryKind kind, String author, String body, Instant at) {
        InquiryEntry entry = new InquiryEntry(this, kind, author, body, at);
        entries.add(entry);
        return entry;
    }

    /** A contact takes the inquiry: it is theirs, and a new one is now being handled. */
    public void assignTo(Long accountId, String author, String assigneeName, Instant at) {
        this.assigneeId = accountId;
        record(EntryKind.ASSIGNMENT, author, assigneeName, at);
        if (status == InquiryStatus.NEW) {
            changeStatus(InquiryStatus.IN_PROGRESS, author, at);
        }
    }

    public void changeStatus(InquiryStatus newStatus, String author, Instant at) {
        if (newStatus == status) {
            return;
        }
        this.status = newStatus;
        if (newStatus == InquiryStatus.CLOSED) {
            closedAt = at;
        } else {
            closedAt = null;
        }
        record(EntryKind.STATUS, author, newStatus.name(), at);
    }

    /** An answer was mailed to the sender: the first one meets (or misses) the deadline. */
    public void replied(String author, String body, Instant at) {
        record(EntryKind.REPLY, author, body, at);
        if (answeredAt == null) {
            answeredAt = at;
        }
        if (status != InquiryStatus.CLOSED) {
            changeStatus(InquiryStatus.ANSWERED, author, at);
        }
    }

    /** Moves the inquiry to another desk, which gets it as new and unassigned, with its own deadline. */
    public void transferTo(Desk target, String author, String reason, LocalDate newDue, Instant at) {
        record(EntryKind.TRANSFER, author, desk.getName() + " → " + target.getName() + "\n" + reason, at);
        this.desk = target;
        this.assigneeId = null;
        this.dueOn = newDue;
        this.remindedOn = null;
        if (status != InquiryStatus.NEW) {
            changeStatus(InquiryStatus.NEW, author, at);
        }
    }

    public void reminded(LocalDate on, Instant at) {
        this.remindedOn = on;
        record(EntryKind.REMINDER, "system", null, at);
    }

    /** Not answered and past its last business day. */
    public boolean isOverdue(LocalDate today) {
        return answeredAt == null && status.isOpen() && today.isAfter(dueOn);
    }

    public List<InquiryEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Desk getDesk() {
        return desk;
    }

    public InquiryType getType() {
        return type;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public SenderKind getSenderKind() {
        return senderKind;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSenderKana() {
        return senderKana;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public int getVersion() {
        return version;
    }
}
