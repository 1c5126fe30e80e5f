package jp.tokyo23city.portal.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The thread list's SQL on Derby with the portal's schema: pages in order, without gaps, read along an index. */
class ThreadListSqlTest {

    private static final String URL = "jdbc:derby:memory:thread-list;create=true";
    private static final Instant BASE = Instant.parse("2026-11-01T00:00:00Z");
    private static Connection db;

    @BeforeAll
    static void schemaAndThreads() throws Exception {
        Flyway.configure(ThreadListSqlTest.class.getClassLoader()).dataSource(URL, "portal", "portal")
                .locations("classpath:db/migration").placeholders(Map.of("clob", "CLOB", "blob", "BLOB"))
                .load().migrate();
        db = DriverManager.getConnection(URL, "portal", "portal");
        try (PreparedStatement t = db.prepareStatement("INSERT INTO board_thread (id, type_id, title, body,"
                + " author_account_id, author_name, author_ward, all_wards, state, hidden, locked, pinned, archived,"
                + " created_at, last_activity_at, reply_count, version, author_member_id)"
                + " VALUES (?, ?, '題', '本文', ?, '職員', FALSE, TRUE, ?, ?, FALSE, ?, FALSE, ?, ?, 0, 0, 1)")) {
            for (int id = 1; id <= 100; id++) {
                t.setLong(1, id);
                t.setLong(2, id % 3 == 0 ? 2 : 1);
                t.setLong(3, id == 7 || id == 8 ? 99 : 1);
                t.setString(4, id == 7 ? "PENDING" : "PUBLISHED");
                t.setBoolean(5, id == 8);
                t.setBoolean(6, id == 50);
                t.setTimestamp(7, Timestamp.from(BASE.plusSeconds(id)));
                // pairs of threads share an instant, so that the cursor's tie-break on the id is needed
                t.setTimestamp(8, Timestamp.from(BASE.plusSeconds(id / 2 * 60L)));
                t.addBatch();
            }
            t.executeBatch();
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void pagesWalkEveryVisibleThreadOnceNewestActivityFirst() throws Exception {
        List<Long> seen = new ArrayList<>();
        Instant afterAt = null;
        Long afterId = null;
        for (int page = 0; page < 10; page++) {
            List<long[]> rows = page(filter(null, afterAt, afterId), 21);
            rows.stream().limit(20).forEach(row -> seen.add(row[0]));
            if (rows.size() <= 20) {
                break;
            }
            long[] last = rows.get(19);
            afterAt = Instant.ofEpochMilli(last[1]);
            afterId = last[0];
        }
        List<Long> expected = new ArrayList<>();
        for (long id = 100; id >= 1; id--) {
            if (id != 7 && id != 8) { // someone else's pending post and hidden post
                expected.add(id);
            }
        }
        expected.sort((a, b) -> a / 2 != b / 2 ? Long.compare(b / 2, a / 2) : Long.compare(b, a));
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void oneTypeAndPinnedThreads() throws Exception {
        assertThat(page(filter(2L, null, null), 100)).extracting(row -> row[0]).allMatch(id -> id % 3 == 0)
                .hasSize(33);
        List<Long> pinned = new ArrayList<>();
        ThreadListSql.Statement statement = ThreadListSql.pinned(List.of(), 10);
        try (PreparedStatement query = prepare(statement); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                pinned.add(rs.getLong(1));
            }
        }
        assertThat(pinned).containsExactly(50L);
    }

    @Test
    void newSinceCountsOthersPublishedThreadsUpToTheCap() throws Exception {
        assertThat(count(ThreadListSql.newSince(List.of(), 2L, BASE.plusSeconds(1800), 100))).isEqualTo(39);
        assertThat(count(ThreadListSql.newSince(List.of(), 2L, BASE, 50))).isEqualTo(50);
        assertThat(count(ThreadListSql.newSince(List.of(), 1L, BASE, 100))).isZero(); // one's own posts are not new
        assertThat(count(ThreadListSql.newSince(List.of(1L), 2L, BASE.plusSeconds(1800), 100))).isEqualTo(13);
    }

    private static long count(ThreadListSql.Statement statement) throws Exception {
        try (PreparedStatement query = prepare(statement); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void derbyReadsThePageAlongTheIndexWithoutSortingTheTable() throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            page(filter(null, BASE.plusSeconds(1800), 60L), 21);
            String plan;
            try (ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                plan = rs.getString(1);
            }
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            assertThat(plan).contains("BOARD_THREAD_ACTIVITY_IX").doesNotContain("Sort ResultSet");
        }
    }

    private static ThreadListSql.Filter filter(Long typeId, Instant afterAt, Long afterId) {
        return new ThreadListSql.Filter(List.of(), 1L, false, false, typeId, null, null, null, null, null, null, null,
                false, false, false, afterAt, afterId);
    }

    private static List<long[]> page(ThreadListSql.Filter filter, int max) throws Exception {
        ThreadListSql.Statement statement = ThreadListSql.page(filter, max);
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement query = prepare(statement); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(new long[] {rs.getLong(1), activity(rs.getLong(1))});
            }
        }
        return rows;
    }

    private static long activity(long id) throws Exception {
        try (PreparedStatement q = db.prepareStatement("SELECT last_activity_at FROM board_thread WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).getTime();
            }
        }
    }

    private static PreparedStatement prepare(ThreadListSql.Statement statement) throws Exception {
        PreparedStatement query = db.prepareStatement(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setObject(i + 1, statement.parameters().get(i));
        }
        return query;
    }
}
