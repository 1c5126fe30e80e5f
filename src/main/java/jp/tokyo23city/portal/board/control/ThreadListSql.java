package jp.tokyo23city.portal.board.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The SQL of one page of the thread list: the ids of the page's threads, walked by keyset along an index whose order
 * is the list's order, so that a page reads about as many index entries as it shows, on page 1 as on page 10,000.
 * Derby's optimiser does not weigh {@code FETCH FIRST} and would sort the whole table for every page, so the index
 * is named to it in a {@code --DERBY-PROPERTIES} comment (PostgreSQL reads the comment as a comment and finds the
 * index by itself). Used by the board and by {@code BoardBenchmark}, so that the benchmark measures this very query.
 */
public final class ThreadListSql {

    /** What a page of the list is of. Optional values are null (or empty); the cursor is the last row of the page before. */
    public record Filter(Collection<Long> excludedTypeIds, Long accountId, boolean admin, boolean moderator,
                         Long typeId, String activity, Collection<String> prefectureCodes, Long memberId, Long wardId,
                         String status, Instant from, Instant to, boolean archived, boolean byCreation,
                         boolean ascending, Instant afterAt, Long afterId) {
    }

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private ThreadListSql() {
    }

    /** The ids of the next {@code max} threads of a list. */
    public static Statement page(Filter filter, int max) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE t.deleted_at IS NULL");
        if (!filter.excludedTypeIds().isEmpty()) {
            where.append(" AND t.type_id NOT IN (").append(marks(filter.excludedTypeIds().size())).append(')');
            parameters.addAll(filter.excludedTypeIds());
        }
        if (!filter.admin()) {
            where.append(" AND (t.state = 'PUBLISHED' OR t.author_account_id = ?)");
            parameters.add(filter.accountId());
        }
        if (!filter.moderator()) {
            where.append(" AND (t.hidden = FALSE OR t.author_account_id = ?)");
            parameters.add(filter.accountId());
        }
        equal(where, parameters, "t.type_id", filter.typeId());
        equal(where, parameters, "t.activity", filter.activity());
        equal(where, parameters, "t.author_member_id", filter.memberId());
        equal(where, parameters, "t.status", filter.status());
        if (filter.prefectureCodes() != null && !filter.prefectureCodes().isEmpty()) {
            where.append(" AND t.prefecture_code IN (").append(marks(filter.prefectureCodes().size())).append(')');
            parameters.addAll(filter.prefectureCodes());
        }
        if (filter.wardId() != null) {
            where.append(" AND (t.all_wards = TRUE OR EXISTS (SELECT 1 FROM board_thread_ward w"
                    + " WHERE w.thread_id = t.id AND w.ward_member_id = ?))");
            parameters.add(filter.wardId());
        }
        if (filter.from() != null) {
            where.append(" AND t.created_at >= ?");
            parameters.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND t.created_at < ?");
            parameters.add(Timestamp.from(filter.to()));
        }
        if (!filter.archived()) {
            where.append(" AND t.archived = FALSE");
        }
        String column = filter.byCreation() ? "t.created_at" : "t.last_activity_at";
        if (filter.afterAt() != null && filter.afterId() != null) {
            // the first comparison alone bounds the index range; the OR then only breaks ties within one instant
            String wide = filter.ascending() ? " >= ?" : " <= ?";
            String strict = filter.ascending() ? " > ?" : " < ?";
            where.append(" AND ").append(column).append(wide).append(" AND (").append(column).append(strict)
                    .append(" OR t.id").append(strict).append(')');
            Timestamp at = Timestamp.from(filter.afterAt());
            parameters.add(at);
            parameters.add(at);
            parameters.add(filter.afterId());
        }
        String direction = filter.ascending() ? " ASC" : " DESC";
        String sql = "SELECT t.id FROM board_thread t" + index(filter) + where
                + " ORDER BY " + column + direction + ", t.id" + direction
                + " FETCH FIRST " + max + " ROWS ONLY";
        return new Statement(sql, parameters);
    }

    /** The ids of the pinned threads everyone sees, newest activity first (by their own small index). */
    public static Statement pinned(Collection<Long> excludedTypeIds, int max) {
        List<Object> parameters = new ArrayList<>(excludedTypeIds);
        String types = excludedTypeIds.isEmpty() ? ""
                : " AND t.type_id NOT IN (" + marks(excludedTypeIds.size()) + ")";
        return new Statement("SELECT t.id FROM board_thread t --DERBY-PROPERTIES index=board_thread_pinned_ix\n"
                + " WHERE t.pinned = TRUE AND t.deleted_at IS NULL AND t.hidden = FALSE AND t.state = 'PUBLISHED'"
                + types + " ORDER BY t.last_activity_at DESC, t.id DESC FETCH FIRST " + max + " ROWS ONLY", parameters);
    }

    /**
     * Counts, up to {@code max}, the threads of others with activity after an instant (the navigation's "new since
     * your last visit"): a short range of the activity index, however large the board.
     */
    public static Statement newSince(Collection<Long> excludedTypeIds, Long accountId, Instant since, int max) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(since));
        parameters.add(accountId);
        parameters.addAll(excludedTypeIds);
        String types = excludedTypeIds.isEmpty() ? ""
                : " AND t.type_id NOT IN (" + marks(excludedTypeIds.size()) + ")";
        return new Statement("SELECT COUNT(*) FROM (SELECT t.id FROM board_thread t"
                + " --DERBY-PROPERTIES index=board_thread_activity_ix\n"
                + " WHERE t.last_activity_at > ? AND t.author_account_id <> ? AND t.deleted_at IS NULL"
                + " AND t.hidden = FALSE AND t.state = 'PUBLISHED'" + types + " FETCH FIRST " + max + " ROWS ONLY) n",
                parameters);
    }

    /**
     * The index that gives the list's order (newest first): by type when one type is asked for, by member when one
     * member is (few rows, sorted cheaply), else by activity or creation. None for oldest first, which Derby would
     * have to sort anyway, as it does not read a descending index backwards.
     */
    private static String index(Filter filter) {
        String name;
        if (filter.memberId() != null) {
            name = "board_thread_member_ix";
        } else if (filter.ascending()) {
            return "";
        } else if (filter.byCreation()) {
            name = "board_thread_created_ix";
        } else if (filter.typeId() != null) {
            name = "board_thread_type_ix";
        } else {
            name = "board_thread_activity_ix";
        }
        return " --DERBY-PROPERTIES index=" + name + "\n";
    }

    private static void equal(StringBuilder where, List<Object> parameters, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
