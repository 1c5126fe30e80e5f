package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;

import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;

/**
 * What a desk queue shows: one desk or all of the caller's, a status (none: the open ones, or all when
 * {@code includeDone}), a search text, overdue only, and the order.
 */
public record QueueQuery(Long deskId, InquiryStatus status, boolean includeDone, String text, boolean overdueOnly,
                         QueueOrder order) implements Serializable {

    public static final int TEXT_MAX = 100;

    public enum QueueOrder {
        /** Oldest first: who has waited longest. */
        RECEIVED_ASC,
        RECEIVED_DESC,
        /** Nearest deadline first. */
        DUE_ASC
    }
}
