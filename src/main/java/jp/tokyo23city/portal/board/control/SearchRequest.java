package jp.tokyo23city.portal.board.control;

import java.util.Set;

/**
 * A search: the typed words and the filters of the thread list. {@code typeIds} are the types the caller may read
 * (never empty); every other filter is optional (null or empty).
 */
public record SearchRequest(String words, Set<Long> typeIds, Long typeId, String activity,
                            Set<String> prefectureCodes, Long memberId, Long wardId, String status, Long fromMillis,
                            Long toMillis, boolean newestFirst, int max) {
}
