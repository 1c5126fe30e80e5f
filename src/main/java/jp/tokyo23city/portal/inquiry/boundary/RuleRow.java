package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;

import jp.tokyo23city.portal.inquiry.entity.RoutingConditions;

/** A routing rule as the admin list shows it, its conditions spelt out. Getters for EL. */
public record RuleRow(long id, int position, boolean active, RoutingConditions conditions, String deskName,
                      String description) implements Serializable {

    public long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public String getName() {
        return conditions.name();
    }

    public String getDeskName() {
        return deskName;
    }

    public String getDescription() {
        return description;
    }
}
