package jp.tokyo23city.portal.board.control;

import java.util.Set;

/**
 * What the search index holds of one thread: its texts (title; opening post, field values and replies; attachment
 * names and PDF text) and what the filters need.
 */
public record BoardDocument(long id, long typeId, String title, String body, String files, String activity,
                            String prefectureCode, Long memberId, boolean allWards, Set<Long> wards, String status,
                            long createdMillis, boolean visible, boolean archived) {
}
