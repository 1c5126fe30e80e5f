package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;
import java.util.Set;

/** A desk as the admin edits it. */
public record DeskForm(String name, String topic, String email, String phone, String businessHours,
                       int responseDays, boolean shownPublicly, int sortOrder, boolean active, boolean defaultDesk,
                       Set<Long> contactIds) implements Serializable {
}
