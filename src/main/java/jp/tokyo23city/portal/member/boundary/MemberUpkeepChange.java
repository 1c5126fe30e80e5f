package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.time.Instant;

import jp.tokyo23city.portal.member.entity.MemberChange;

/** One line of a member's history, as the registration page shows it (serialisable, unlike the entity). */
public record MemberUpkeepChange(Long id, Instant changedAt, String changedBy, String field, String oldValue,
                                 String newValue) implements Serializable {

    private static final long serialVersionUID = 1L;

    static MemberUpkeepChange of(MemberChange change) {
        return new MemberUpkeepChange(change.getId(), change.getChangedAt(), change.getChangedBy(), change.getField(),
                change.getOldValue(), change.getNewValue());
    }

    public Long getId() {
        return id;
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
