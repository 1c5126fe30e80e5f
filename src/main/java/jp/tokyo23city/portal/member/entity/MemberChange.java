package jp.tokyo23city.portal.member.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One change of a member's registration: who changed which field when, from what to what. Never changed. */
@Entity
@Table(name = "member_change")
@NamedQuery(name = MemberChange.OF_MEMBER,
        query = "SELECT c FROM MemberChange c WHERE c.memberId = :memberId ORDER BY c.changedAt DESC, c.id DESC")
public class MemberChange {

    public static final String OF_MEMBER = "MemberChange.ofMember";
    public static final int VALUE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false, length = 48)
    private String field;

    @Column(name = "old_value", length = VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX)
    private String newValue;

    protected MemberChange() {
    }

    public MemberChange(Long memberId, String changedBy, String field, String oldValue, String newValue, Instant now) {
        this.memberId = memberId;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.changedAt = now;
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX);
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
