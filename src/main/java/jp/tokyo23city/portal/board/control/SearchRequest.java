package jp.tokyo23city.portal.board.control;

import java.util.Set;

/**
 * A search: the typed words and the filters of the thread list. {@code excludedTypeIds} are the types the caller may
 * not read (usually none); every other filter is optional (null or empty); ended (archived) threads are left out
 * unless {@code includeEnded}. The hits asked for are the {@code max} after the first {@code offset}.
 */
public record SearchRequest(String words, Set<Long> excludedTypeIds, Long typeId, String activity,
                            Set<String> prefectureCodes, Long memberId, Long wardId, String status, Long fromMillis,
                            Long toMillis, boolean includeEnded, boolean newestFirst, int offset, int max) {

    /** A search that includes ended threads. */
    public SearchRequest(String words, Set<Long> excludedTypeIds, Long typeId, String activity,
                         Set<String> prefectureCodes, Long memberId, Long wardId, String status, Long fromMillis,
                         Long toMillis, boolean newestFirst, int offset, int max) {
        this(words, excludedTypeIds, typeId, activity, prefectureCodes, memberId, wardId, status, fromMillis, toMillis,
                true, newestFirst, offset, max);
    }
}
