package jp.tokyo23city.portal.board.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far one instance has followed the change log: the highest id it applied, and the lower ids it has not seen.
 * An id is taken when a row is inserted but the row is seen only once its transaction commits, so a row may appear
 * after higher ones; such missing ids are asked for again for a while, then given up (a rolled-back transaction
 * leaves its id unused for good). Used by one thread at a time.
 */
final class ChangeLogPosition {

    /** Far longer than the moment between a row's insert and its commit. */
    static final Duration MISSING_WAIT = Duration.ofMinutes(1);
    static final int MISSING_MAX = 1000;

    private long last;
    /** Missing id → when it was first missed; in id order. */
    private final Map<Long, Instant> missing = new LinkedHashMap<>();

    ChangeLogPosition(long last) {
        this.last = last;
    }

    long last() {
        return last;
    }

    /** The row up to which every change has been applied: below the lowest missing id, if any. */
    long complete() {
        return missing.isEmpty() ? last : missing.keySet().iterator().next() - 1;
    }

    /** The ids below {@link #last()} to ask for again. */
    Set<Long> missing() {
        return Set.copyOf(missing.keySet());
    }

    /** The ids of the rows just applied, ascending. */
    void applied(List<Long> ids, Instant now) {
        for (long id : ids) {
            if (id > last) {
                for (long skipped = Math.max(last + 1, id - MISSING_MAX); skipped < id; skipped++) {
                    missing.putIfAbsent(skipped, now);
                }
                last = id;
            } else {
                missing.remove(id);
            }
        }
        missing.values().removeIf(since -> since.plus(MISSING_WAIT).isBefore(now));
        Iterator<Long> oldest = missing.keySet().iterator();
        while (missing.size() > MISSING_MAX) {
            oldest.next();
            oldest.remove();
        }
    }
}
