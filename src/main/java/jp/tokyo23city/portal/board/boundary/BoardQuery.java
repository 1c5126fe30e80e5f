package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The thread list's filters, sort and position. {@code after} is the keyset cursor of the last row of the previous
 * page ("millis_id"); {@code words} switches to full-text search.
 */
public record BoardQuery(String words, Long typeId, String activity, String prefectureCode, String regionCode,
                         Long memberId, Long wardId, String status, LocalDate from, LocalDate to, Sort sort,
                         String after, boolean archived) implements Serializable {

    /** Orders of the list. */
    public enum Sort {
        ACTIVITY, NEWEST, OLDEST, RELEVANCE
    }

    public static BoardQuery all() {
        return new BoardQuery(null, null, null, null, null, null, null, null, null, null, Sort.ACTIVITY, null, true);
    }
}
