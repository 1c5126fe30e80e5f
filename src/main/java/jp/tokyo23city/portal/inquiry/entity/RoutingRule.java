package jp.tokyo23city.portal.inquiry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A routing rule (振り分けルール): when every condition that is set matches an inquiry, the inquiry goes to the
 * rule's desk. Rules are tried in {@code position} order; an empty condition matches anything.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    public static final int NAME_MAX = 100;
    public static final int KEYWORDS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "desk_id", nullable = false)
    private Long deskId;

    @Column(name = "type_id")
    private Long typeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", length = 16)
    private SenderKind senderKind;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    /** Words separated by spaces or 、: the rule matches when the subject or message contains any of them. */
    @Column(length = KEYWORDS_MAX)
    private String keywords;

    @Column(nullable = false)
    private boolean active;

    @Version
    private int version;

    protected RoutingRule() {
    }

    public RoutingRule(int position, RoutingConditions conditions) {
        this.position = position;
        this.active = true;
        change(conditions);
    }

    public void change(RoutingConditions conditions) {
        this.name = conditions.name();
        this.deskId = conditions.deskId();
        this.typeId = conditions.typeId();
        this.senderKind = conditions.senderKind();
        this.eventId = conditions.eventId();
        this.threadId = conditions.threadId();
        this.prefectureCode = conditions.prefectureCode();
        this.keywords = conditions.keywords();
    }

    public RoutingConditions conditions() {
        return new RoutingConditions(name, deskId, typeId, senderKind, eventId, threadId, prefectureCode, keywords);
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public void activate(boolean isActive) {
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public Long getDeskId() {
        return deskId;
    }

    public boolean isActive() {
        return active;
    }
}
