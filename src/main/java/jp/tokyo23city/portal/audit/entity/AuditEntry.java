package jp.tokyo23city.portal.audit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One security-relevant event: who did what, when and from where. Never changed once written. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.LATEST, query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.BY_ACTION, query = "SELECT a FROM AuditEntry a WHERE a.action = :action ORDER BY a.id DESC")
public class AuditEntry {

    public static final String LATEST = "AuditEntry.latest";
    public static final String BY_ACTION = "AuditEntry.byAction";
    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 64)
    private String actor;

    @Column(nullable = false, length = 48)
    private String action;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.remoteAddress = remoteAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
