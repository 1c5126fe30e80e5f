package jp.tokyo23city.portal.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;

import jp.tokyo23city.portal.board.boundary.BoardService;
import jp.tokyo23city.portal.board.control.BoardDocument;
import jp.tokyo23city.portal.board.control.BoardSearchEngine;
import jp.tokyo23city.portal.board.control.SearchRequest;
import jp.tokyo23city.portal.board.control.SearchResult;
import jp.tokyo23city.portal.board.control.ThreadListSql;

/**
 * Generates a large board in embedded Derby with the portal's own schema (its Flyway migrations): 2,000 members,
 * 20,000 users and threads with realistic Japanese text, and their Lucene index on disk. Then measures, in one run
 * and on the same data: Japanese search (Lucene, Kuromoji, the board's own engine) against SQL {@code LIKE '%…%'};
 * the thread list's query ({@link ThreadListSql}, as the board runs it) on page 1 and page 10,000 with 16 concurrent
 * clients; and what notifying 2,000 followers adds to a post. Prints the figures.
 *
 * <pre>
 * mvn -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=jp.tokyo23city.portal.board.BoardBenchmark -Dexec.args="1000000"
 * </pre>
 * The first argument is the number of threads (default 200000); a second one ({@code search}, {@code list} or
 * {@code notify}; {@code lucene} is search without LIKE; {@code none} only generates) measures only that. Data goes to target/board-bench and is reused by the next run with the same
 * number of threads (generating 1,000,000 takes several minutes).
 */
public final class BoardBenchmark {

    private static final String[] PLACES = {"京丹波町", "夕張市", "与論町", "飛騨市", "高山市", "小豆島町", "由布市", "弘前市",
        "南魚沼市", "富良野市", "四万十町", "雲仙市", "長野県", "東京都", "大阪府", "北海道", "沖縄県", "石垣市", "松本市", "鶴岡市"};
    private static final String[] TOPICS = {"物産展", "連携事業", "防災訓練", "移住相談会", "ふるさと納税", "特産品フェア",
        "交流イベント", "パンフレット配布", "広報誌", "観光キャンペーン", "スポーツ大会", "文化交流", "環境保全活動",
        "教育旅行", "職員派遣", "子ども交流", "農業体験", "マルシェ", "伝統工芸展", "駅伝大会"};
    private static final String[] PRODUCTS = {"黒豆", "りんご", "メロン", "和牛", "日本酒", "お茶", "みかん", "そば",
        "米", "しいたけ", "栗", "わさび", "ぶどう", "牡蠣", "昆布"};
    private static final String[] SENTENCES = {
        "%sでは、東京23区の皆さまとの%sを計画しています。",
        "%sの魅力を伝えるため、区役所のロビーで%sを開催したいと考えています。",
        "昨年度の%sでは多くの区民の方にご来場いただき、%sの販売も好評でした。",
        "%sに関心のある区がありましたら、担当までご連絡ください。",
        "%sのパンフレットを各区の窓口で配布していただけないでしょうか。",
        "実施時期は調整可能です。%sの詳細は添付資料をご覧ください。",
        "%sの担当者が説明に伺います。%sについてもご相談ください。"};
    private static final String[] LIKE_WORDS = {"黒豆", "物産展", "パンフレット", "移住", "わさび", "ふるさと納税", "連携"};
    private static final String[] QUERIES = {"黒豆", "連携", "物産展", "東京", "防災訓練", "パンフレット", "りんご 交流",
        "移住", "日本酒", "マルシェ", "伝統工芸", "ふるさと納税", "スポーツ", "教育旅行", "わさび", "特産品"};

    /** Changes when the generated data no longer fits the code: the next run generates it again. */
    private static final String FORMAT = "V8";
    /** As the portal connects to embedded Derby: its tables are in this user's schema. */
    private static final String USER = "portal";
    private static final long MEMBER_BASE = 100_000;
    /** Search hits the board shows on one page. */
    private static final int SHOWN = BoardService.PAGE_SIZE;
    private static final long ACCOUNT_BASE = 100_000;

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String only = args.length > 1 ? args[1] : "all";
        int members = 2_000;
        int users = 20_000;
        Path dir = Path.of("target/board-bench");
        Path marker = dir.resolve("threads.txt");
        String generated = posts + " threads, schema " + FORMAT;
        boolean reuse = Files.exists(marker) && Files.readString(marker).strip().equals(generated);
        if (!reuse) {
            deleteRecursively(dir);
            Files.createDirectories(dir);
        }
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        String url = "jdbc:derby:" + dir.resolve("db").toAbsolutePath() + ";create=true";
        long start = System.nanoTime();
        schema(url); // on data kept from an earlier run, the migrations added since
        try (Connection db = DriverManager.getConnection(url, USER, USER);
             BoardSearchEngine engine = BoardSearchEngine.open(dir.resolve("board-index"))) {
            db.setAutoCommit(false);
            if (reuse) {
                System.out.printf("reusing %s in %s%n", generated, dir);
            } else {
                generate(db, engine, new Random(20261129L), posts, members, users);
                Files.writeString(marker, generated);
                System.out.printf("generated %,d members, %,d users, %,d threads in %.1f s%n", members, users, posts,
                        (System.nanoTime() - start) / 1e9);
            }
            if (!Files.exists(dir.resolve("cursor.txt"))) {
                signInsAndCursor(db, dir, posts);
            }
            if (only.equals("all") || only.equals("search") || only.equals("lucene")) {
                searchVersusLike(db, engine, !only.equals("lucene"));
            }
            if (only.equals("all") || only.equals("list")) {
                list(url, posts);
            }
            if (only.equals("all") || only.equals("notify")) {
                notifyFollowers(db);
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby answers a clean shutdown with an exception (XJ015)
        }
    }

    /** The portal's own tables and indexes: its Flyway migrations, as the application runs them on Derby. */
    private static void schema(String url) {
        Flyway.configure(BoardBenchmark.class.getClassLoader())
                .dataSource(url, USER, USER)
                .locations("classpath:db/migration")
                .placeholders(Map.of("clob", "CLOB", "blob", "BLOB"))
                .load()
                .migrate();
    }

    private static void generate(Connection db, BoardSearchEngine engine, Random random, int posts, int members,
                                 int users) throws Exception {
        String[] memberNames = new String[members];
        String[] prefectures = new String[members];
        try (PreparedStatement m = db.prepareStatement("INSERT INTO member (id, name, kana, kind, prefecture_code,"
                + " status, joined_on, created_at, version) VALUES (?, ?, 'かな', 'MUNICIPALITY', ?, 'ACTIVE',"
                + " CURRENT_DATE, CURRENT_TIMESTAMP, 0)")) {
            for (int i = 0; i < members; i++) {
                memberNames[i] = PLACES[i % PLACES.length] + (i / PLACES.length == 0 ? "" : "第" + (i / PLACES.length) + "地区");
                prefectures[i] = "%02d".formatted(1 + random.nextInt(47));
                m.setLong(1, MEMBER_BASE + i);
                m.setString(2, memberNames[i]);
                m.setString(3, prefectures[i]);
                m.addBatch();
            }
            m.executeBatch();
        }
        try (PreparedStatement a = db.prepareStatement("INSERT INTO account (id, username, display_name, email,"
                + " password_hash, password_change_required, enabled, created_at, version, member_id)"
                + " VALUES (?, ?, ?, ?, 'x', FALSE, TRUE, CURRENT_TIMESTAMP, 0, ?)")) {
            for (int i = 0; i < users; i++) {
                a.setLong(1, ACCOUNT_BASE + i);
                a.setString(2, "user" + i);
                a.setString(3, "職員" + i);
                a.setString(4, "user" + i + "@example.jp");
                a.setLong(5, MEMBER_BASE + random.nextInt(members));
                a.addBatch();
                if (i % 5000 == 4999) {
                    a.executeBatch();
                }
            }
            a.executeBatch();
        }
        db.commit();
        long now = System.currentTimeMillis();
        List<BoardDocument> batch = new ArrayList<>();
        try (PreparedStatement t = db.prepareStatement("INSERT INTO board_thread (id, type_id, title, body,"
                + " author_account_id, author_name, author_member_id, member_name, prefecture_code, author_ward,"
                + " activity, all_wards, status, state, hidden, locked, pinned, archived, created_at,"
                + " last_activity_at, reply_count, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, TRUE, NULL,"
                + " 'PUBLISHED', FALSE, FALSE, FALSE, FALSE, ?, ?, ?, 0)")) {
            for (int i = 1; i <= posts; i++) {
                int member = random.nextInt(members);
                String topic = pick(random, TOPICS);
                String product = pick(random, PRODUCTS);
                String title = memberNames[member] + "の" + product + topic + "のご案内";
                StringBuilder body = new StringBuilder();
                for (int s = 0; s < 3 + random.nextInt(4); s++) {
                    body.append(pick(random, SENTENCES).formatted(random.nextBoolean() ? memberNames[member] : product,
                            random.nextBoolean() ? topic : pick(random, TOPICS)));
                }
                long created = now - (long) (posts - i) * 60_000L;
                long activity = created + random.nextInt(600_000);
                long type = 1 + random.nextInt(6);
                t.setLong(1, i);
                t.setLong(2, type);
                t.setString(3, title);
                t.setString(4, body.toString());
                t.setLong(5, ACCOUNT_BASE + random.nextInt(users));
                t.setString(6, "職員");
                t.setLong(7, MEMBER_BASE + member);
                t.setString(8, memberNames[member]);
                t.setString(9, prefectures[member]);
                t.setTimestamp(10, new Timestamp(created));
                t.setTimestamp(11, new Timestamp(activity));
                t.setInt(12, random.nextInt(5));
                t.addBatch();
                // as BoardDocuments makes it: the member's name is searchable with the body
                batch.add(new BoardDocument(i, type, title, body + "\n" + memberNames[member], "", null,
                        prefectures[member], MEMBER_BASE + member, true, Set.of(), null, created, true, false));
                if (i % 2000 == 0) {
                    t.executeBatch();
                    db.commit();
                    engine.addAll(batch);
                    batch.clear();
                }
                if (i % 100_000 == 0) {
                    System.out.printf("  %,d threads…%n", i);
                }
            }
            t.executeBatch();
            db.commit();
            engine.addAll(batch);
            engine.commit();
        }
    }

    /**
     * For {@link BoardPageBenchmark}, which measures the list page over HTTP on this data in a running portal: the
     * generated users sign in with the demo password as member staff, and the cursor of page 10,000 is written down.
     */
    private static void signInsAndCursor(Connection db, Path dir, int posts) throws Exception {
        try (PreparedStatement hash = db.prepareStatement("UPDATE account SET password_hash = ? WHERE id >= ?"
                + " AND password_hash = 'x'");
             PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) SELECT id,"
                     + " 'MEMBER_STAFF' FROM account a WHERE a.id >= ? AND NOT EXISTS (SELECT 1 FROM account_role r"
                     + " WHERE r.account_id = a.id)")) {
            hash.setString(1, pbkdf2(BoardPageBenchmark.PASSWORD));
            hash.setLong(2, ACCOUNT_BASE);
            hash.executeUpdate();
            role.setLong(1, ACCOUNT_BASE);
            role.executeUpdate();
        }
        db.commit();
        int deep = Math.min(10_000, posts / 20 - 1);
        try (Statement s = db.createStatement()) {
            // as a database in use has them; else Derby's statistics daemon recomputes them during the measurements
            s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('PORTAL', 'BOARD_THREAD', NULL)");
            try (ResultSet rs = s.executeQuery("SELECT last_activity_at, id FROM board_thread ORDER BY"
                    + " last_activity_at DESC, id DESC OFFSET " + ((long) (deep - 1) * 20 - 1)
                    + " ROWS FETCH NEXT 1 ROW ONLY")) {
                rs.next();
                Files.writeString(dir.resolve("cursor.txt"), deep + " " + rs.getTimestamp(1).getTime() + "_"
                        + rs.getLong(2));
            }
        }
        db.commit();
    }

    /** A password hash in the form the portal stores (Soteria's PBKDF2: algorithm:iterations:salt:hash). */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(
                new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
        return "PBKDF2WithHmacSHA512:" + iterations + ":" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(key);
    }

    private static void searchVersusLike(Connection db, BoardSearchEngine engine, boolean withLike) throws Exception {
        Set<Long> types = Set.of();
        for (int round = 0; round < 30; round++) { // warm-up: the JIT and the file cache, as in a running portal
            for (String q : QUERIES) {
                engine.search(new SearchRequest(q, types, null, null, null, null, null, null, null, null, false, 0, SHOWN));
            }
        }
        List<Long> times = new ArrayList<>();
        java.util.Map<String, List<Long>> perQuery = new java.util.LinkedHashMap<>();
        long totalHits = 0;
        for (int round = 0; round < 20; round++) {
            for (String q : QUERIES) {
                long t0 = System.nanoTime();
                totalHits += engine.search(new SearchRequest(q, types, null, null, null, null, null, null, null, null,
                        false, 0, SHOWN)).hits().size();
                long took = System.nanoTime() - t0;
                times.add(took);
                perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(took);
            }
        }
        perQuery.forEach((q, t) -> System.out.printf("  %s: p50 %.2f ms, max %.2f ms%n", q, percentile(t, 50),
                percentile(t, 100)));
        System.out.printf("search (Lucene, Kuromoji, top %d highlighted, as the board shows them): %d queries,"
                + " p50 %.2f ms, p95 %.2f ms%n", SHOWN, times.size(), percentile(times, 50), percentile(times, 95));
        if (!withLike) {
            return;
        }
        // side by side, word by word: what a results page needs, the count and the first page (newest first for LIKE)
        List<Long> likeTimes = new ArrayList<>();
        List<Long> luceneTimes = new ArrayList<>();
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM board_thread WHERE title LIKE ?"
                + " OR body LIKE ?");
             PreparedStatement page = db.prepareStatement("SELECT id FROM board_thread WHERE title LIKE ? OR body"
                     + " LIKE ? ORDER BY created_at DESC FETCH FIRST 20 ROWS ONLY")) {
            for (String q : LIKE_WORDS) {
                long t0 = System.nanoTime();
                long found = 0;
                for (PreparedStatement like : List.of(count, page)) {
                    like.setString(1, "%" + q + "%");
                    like.setString(2, "%" + q + "%");
                    try (ResultSet rs = like.executeQuery()) {
                        while (rs.next()) {
                            found = like == count ? rs.getLong(1) : found;
                        }
                    }
                }
                long likeTook = System.nanoTime() - t0;
                likeTimes.add(likeTook);
                t0 = System.nanoTime();
                SearchResult result = engine.search(new SearchRequest(q, types, null, null, null, null, null, null,
                        null, null, false, 0, SHOWN));
                long luceneTook = System.nanoTime() - t0;
                luceneTimes.add(luceneTook);
                System.out.printf("  %s: LIKE %.0f ms (%,d rows), Lucene %.2f ms (%s%,d)%n", q, likeTook / 1e6, found,
                        luceneTook / 1e6, result.atLeast() ? "≥" : "", result.total());
            }
        }
        double likeMedian = percentile(likeTimes, 50);
        System.out.printf("SQL LIKE '%%…%%' on the same rows (Derby, count and first page): %d words, p50 %.1f ms,"
                + " p95 %.1f ms%n", likeTimes.size(), likeMedian, percentile(likeTimes, 95));
        System.out.printf("search is %.0f× faster than LIKE on the same words (p50 against p50)  [%d hits read]%n",
                likeMedian / percentile(luceneTimes, 50), totalHits);
    }

    /**
     * The thread list as a member's staff sees it (not a moderator): the page's ids by {@link ThreadListSql}, exactly
     * as the board runs it, then the rows' columns by id; 16 clients at once, each on its own connection.
     */
    private static void list(String url, int posts) throws Exception {
        int deep = Math.min(10_000, posts / 20 - 1);
        ThreadListSql.Filter firstPage = filter(null, null);
        Instant at;
        long id;
        try (Connection db = DriverManager.getConnection(url, USER, USER); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_activity_at, id FROM board_thread ORDER BY last_activity_at DESC,"
                     + " id DESC OFFSET " + ((long) deep * 20 - 1) + " ROWS FETCH NEXT 1 ROW ONLY")) {
            rs.next();
            at = rs.getTimestamp(1).toInstant();
            id = rs.getLong(2);
        }
        double[] first = concurrentList(url, firstPage);
        double[] deepPage = concurrentList(url, filter(at, id));
        System.out.printf("list page 1 (ids by keyset + rows, 16 concurrent clients): p50 %.2f ms, p95 %.2f ms%n",
                first[0], first[1]);
        System.out.printf("list page %,d (16 concurrent clients): p50 %.2f ms, p95 %.2f ms (p95 %.2f× page 1)%n",
                deep, deepPage[0], deepPage[1], deepPage[1] / first[1]);
        ThreadListSql.Filter oneType = new ThreadListSql.Filter(List.of(), ACCOUNT_BASE, false, false, 3L, null, null,
                null, null, null, null, null, false, false, false, null, null);
        double[] typed = concurrentList(url, oneType);
        System.out.printf("list page 1 of one type (16 concurrent clients): p50 %.2f ms, p95 %.2f ms%n", typed[0],
                typed[1]);
    }

    private static ThreadListSql.Filter filter(Instant afterAt, Long afterId) {
        return new ThreadListSql.Filter(List.of(), ACCOUNT_BASE, false, false, null, null, null, null, null, null, null,
                null, false, false, false, afterAt, afterId);
    }

    private static double[] concurrentList(String url, ThreadListSql.Filter filter) throws Exception {
        ThreadListSql.Statement page = ThreadListSql.page(filter, 21);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            Callable<List<Long>> client = () -> {
                List<Long> times = new ArrayList<>();
                try (Connection connection = DriverManager.getConnection(url, USER, USER);
                     PreparedStatement ids = connection.prepareStatement(page.sql());
                     PreparedStatement rows = connection.prepareStatement("SELECT id, type_id, title, member_name,"
                             + " prefecture_code, author_ward, activity, status, created_at, last_activity_at, reply_count,"
                             + " pinned, archived, hidden, locked, period_end, state, deleted_at FROM board_thread"
                             + " WHERE id IN (" + String.join(", ", java.util.Collections.nCopies(21, "?")) + ")")) {
                    for (int i = 0; i < page.parameters().size(); i++) {
                        ids.setObject(i + 1, page.parameters().get(i));
                    }
                    for (int i = 0; i < 60; i++) {
                        long t0 = System.nanoTime();
                        List<Long> found = new ArrayList<>();
                        try (ResultSet rs = ids.executeQuery()) {
                            while (rs.next()) {
                                found.add(rs.getLong(1));
                            }
                        }
                        for (int k = 0; k < 21; k++) {
                            rows.setLong(k + 1, k < found.size() ? found.get(k) : -1L);
                        }
                        int read = 0;
                        try (ResultSet rs = rows.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(3);
                                read++;
                            }
                        }
                        if (read != 21) {
                            throw new IllegalStateException("a page of " + read + " rows");
                        }
                        if (i >= 20) {
                            times.add(System.nanoTime() - t0);
                        }
                    }
                }
                return times;
            };
            futures.add(pool.submit(client));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        return new double[] {percentile(all, 50), percentile(all, 95)};
    }

    /**
     * What posting costs with 2,000 followers: the posting transaction writes one notice row (BoardNotifier fans it
     * out later, in the background); the fan-out itself, 2,000 outbox mails in one batched transaction, is measured
     * too, to show what was kept out of the request.
     */
    private static void notifyFollowers(Connection db) throws Exception {
        List<String> followers = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT email FROM account ORDER BY id FETCH FIRST 2000 ROWS ONLY")) {
            while (rs.next()) {
                followers.add(rs.getString(1));
            }
        }
        List<Long> notice = new ArrayList<>();
        List<Long> fanOut = new ArrayList<>();
        for (int round = -1; round < 20; round++) { // round -1 warms up: a running portal has the statement ready
            long t0 = System.nanoTime();
            try (PreparedStatement queue = db.prepareStatement("INSERT INTO board_notice (thread_id, reply_id,"
                    + " author_account_id, created_at) VALUES (1, NULL, ?, CURRENT_TIMESTAMP)")) {
                queue.setLong(1, ACCOUNT_BASE);
                queue.executeUpdate();
            }
            db.commit();
            if (round < 0) {
                continue;
            }
            notice.add(System.nanoTime() - t0);
            if (round % 4 == 0) {
                t0 = System.nanoTime();
                try (PreparedStatement queue = db.prepareStatement("INSERT INTO outbox_mail (recipient, subject, body,"
                        + " status, attempts, next_attempt_at, created_at, version) VALUES (?, ?, ?, 'PENDING', 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")) {
                    for (String follower : followers) {
                        queue.setString(1, follower);
                        queue.setString(2, "【掲示板】新しい投稿：京丹波町の黒豆フェアのご案内");
                        queue.setString(3, "新しい投稿があります。\nhttp://localhost:8080/board/thread.xhtml?id=1\n");
                        queue.addBatch();
                    }
                    queue.executeBatch();
                }
                db.commit();
                fanOut.add(System.nanoTime() - t0);
            }
        }
        System.out.printf("notifying 2,000 followers, in the posting request (one notice row): p50 %.2f ms, max %.2f ms%n",
                percentile(notice, 50), percentile(notice, 100));
        System.out.printf("  the fan-out after it, in the background (2,000 outbox mails, batched): p50 %.1f ms,"
                + " max %.1f ms%n", percentile(fanOut, 50), percentile(fanOut, 100));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double percentile(List<Long> nanos, int percentile) {
        Long[] sorted = nanos.toArray(new Long[0]);
        Arrays.sort(sorted, Comparator.naturalOrder());
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void deleteRecursively(Path path) throws Exception {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
