package jp.tokyo23city.portal.board.entity;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What an author writes in an opening post, checked: title, body, the type's field values by key, and what is
 * derived from them for lists and filters (field of activity, addressed wards, the period).
 */
public record PostContent(String title, String body, Map<String, String> values, Activity activity,
                          boolean allWards, Set<Long> wards, LocalDate periodStart, LocalDate periodEnd) {

    public PostContent {
        values = Map.copyOf(values);
        wards = Set.copyOf(wards);
    }
}
