package jp.tokyo23city.portal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A body in one of the organiser roles, e.g. 主催 特別区長会. */
@Embeddable
public class Organiser implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrganiserRole role;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected Organiser() {
    }

    public Organiser(OrganiserRole role, String name) {
        this.role = role;
        this.name = name;
    }

    public OrganiserRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }
}
