package jp.tokyo23city.portal.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.tokyo23city.portal.board.control.BoardDocument;
import jp.tokyo23city.portal.board.control.BoardSearchEngine;
import jp.tokyo23city.portal.board.control.SearchRequest;

/**
 * Generates a large board (members, users, threads with realistic Japanese text) in embedded Derby and a Lucene index
 * on disk, then measures, in one run and on the same data: Japanese search (Lucene, Kuromoji) against SQL
 * {@code LIKE '%…%'}; the thread list's keyset query on page 1 and page 10,000 with 16 concurrent clients; and the
 * cost of queueing 2,000 follower mails in the posting transaction. Prints the figures.
 *
 * <pre>
 * mvn -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=jp.tokyo23city.portal.board.BoardBenchmark -Dexec.args="1000000"
 * </pre>
 * The argument is the number of threads (default 200000); a second argument {@code search} measures only search
 * against LIKE. Data goes to target/board-bench (deleted first).
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
    private static final String[] QUERIES = {"黒豆", "連携", "物産展", "東京", "防災訓練", "パンフレット", "りんご 交流",
        "移住", "日本酒", "マルシェ", "伝統工芸", "ふるさと納税", "スポーツ", "教育旅行", "わさび", "特産品"};

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int members = 2_000;
        int users = 20_000;
        Path dir = Path.of("target/board-bench");
        deleteRecursively(dir);
        Files.createDirectories(dir);
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        String url = "jdbc:derby:" + dir.resolve("db").toAbsolutePath() + ";create=true";
        Random random = new Random(20261129L);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url);
             BoardSearchEngine engine = BoardSearchEngine.open(dir.resolve("index"))) {
            db.setAutoCommit(false);
            schema(db);
            generate(db, engine, random, posts, members, users);
            System.out.printf("generated %,d members, %,d users, %,d threads in %.1f s%n", members, users, posts,
                    (System.nanoTime() - start) / 1e9);

            searchVersusLike(db, engine);
            if (args.length < 2 || !"search".equals(args[1])) {
                list(db, posts);
                fanOut(db);
            }
        }
    }

    private static void schema(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE bench_member (id BIGINT PRIMARY KEY, name VARCHAR(200), prefecture_code CHAR(2))");
            s.execute("CREATE TABLE bench_account (id BIGINT PRIMARY KEY, member_id BIGINT, email VARCHAR(254))");
            // the columns and indexes of board_thread (V8) that the list and search use
            s.execute("CREATE TABLE board_thread (id BIGINT PRIMARY KEY, type_id BIGINT NOT NULL, title VARCHAR(200)"
                    + " NOT NULL, body CLOB NOT NULL, author_member_id BIGINT, member_name VARCHAR(200),"
                    + " prefecture_code CHAR(2), deleted_at TIMESTAMP, hidden BOOLEAN NOT NULL, state VARCHAR(16) NOT NULL,"
                    + " created_at TIMESTAMP NOT NULL, last_activity_at TIMESTAMP NOT NULL, reply_count INTEGER NOT NULL)");
            s.execute("CREATE INDEX board_thread_activity_ix ON board_thread (last_activity_at DESC, id DESC)");
            s.execute("CREATE INDEX board_thread_type_ix ON board_thread (type_id, last_activity_at DESC, id DESC)");
            s.execute("CREATE TABLE outbox_mail (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " recipient VARCHAR(254), subject VARCHAR(300), body CLOB, status VARCHAR(16), created_at TIMESTAMP)");
        }
        db.commit();
    }

    private static void generate(Connection db, BoardSearchEngine engine, Random random, int posts, int members,
                                 int users) throws Exception {
        String[] memberNames = new String[members];
        String[] prefectures = new String[members];
        try (PreparedStatement m = db.prepareStatement("INSERT INTO bench_member VALUES (?, ?, ?)")) {
            for (int i = 0; i < members; i++) {
                memberNames[i] = PLACES[i % PLACES.length] + (i / PLACES.length == 0 ? "" : "第" + (i / PLACES.length) + "地区");
                prefectures[i] = "%02d".formatted(1 + random.nextInt(47));
                m.setLong(1, i + 1);
                m.setString(2, memberNames[i]);
                m.setString(3, prefectures[i]);
                m.addBatch();
            }
            m.executeBatch();
        }
        try (PreparedStatement a = db.prepareStatement("INSERT INTO bench_account VALUES (?, ?, ?)")) {
            for (int i = 0; i < users; i++) {
                a.setLong(1, i + 1);
                a.setLong(2, 1 + random.nextInt(members));
                a.setString(3, "user" + i + "@example.jp");
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
        try (PreparedStatement t = db.prepareStatement("INSERT INTO board_thread VALUES (?, ?, ?, ?, ?, ?, ?, NULL,"
                + " FALSE, 'PUBLISHED', ?, ?, ?)")) {
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
                t.setLong(5, member + 1);
                t.setString(6, memberNames[member]);
                t.setString(7, prefectures[member]);
                t.setTimestamp(8, new Timestamp(created));
                t.setTimestamp(9, new Timestamp(activity));
                t.setInt(10, random.nextInt(5));
                t.addBatch();
                batch.add(new BoardDocument(i, type, title, body.toString(), "", null, prefectures[member],
                        (long) member + 1, true, Set.of(), null, created, true, false));
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

    private static void searchVersusLike(Connection db, BoardSearchEngine engine) throws Exception {
        Set<Long> types = Set.of(1L, 2L, 3L, 4L, 5L, 6L);
        for (String q : QUERIES) { // warm-up
            engine.search(new SearchRequest(q, types, null, null, null, null, null, null, null, null, false, 20));
        }
        List<Long> times = new ArrayList<>();
        long totalHits = 0;
        for (int round = 0; round < 20; round++) {
            for (String q : QUERIES) {
                long t0 = System.nanoTime();
                totalHits += engine.search(new SearchRequest(q, types, null, null, null, null, null, null, null, null,
                        false, 20)).hits().size();
                times.add(System.nanoTime() - t0);
            }
        }
        System.out.printf("search (Lucene, Kuromoji, top 20 highlighted): %d queries, p50 %.2f ms, p95 %.2f ms%n",
                times.size(), percentile(times, 50), percentile(times, 95));
        List<Long> likeTimes = new ArrayList<>();
        try (PreparedStatement like = db.prepareStatement("SELECT id FROM board_thread WHERE title LIKE ? OR body LIKE ?"
                + " ORDER BY created_at DESC FETCH FIRST 20 ROWS ONLY")) {
            for (String q : new String[] {"黒豆", "物産展", "パンフレット", "移住", "わさび"}) {
                long t0 = System.nanoTime();
                like.setString(1, "%" + q + "%");
                like.setString(2, "%" + q + "%");
                try (ResultSet rs = like.executeQuery()) {
                    while (rs.next()) {
                        totalHits++;
                    }
                }
                likeTimes.add(System.nanoTime() - t0);
            }
        }
        double likeMedian = percentile(likeTimes, 50);
        System.out.printf("SQL LIKE '%%…%%' on the same rows (Derby): %d queries, p50 %.1f ms, p95 %.1f ms%n",
                likeTimes.size(), likeMedian, percentile(likeTimes, 95));
        System.out.printf("search is %.0f× faster than LIKE (p50 against p50)  [%d hits read]%n",
                likeMedian / percentile(times, 50), totalHits);
    }

    private static void list(Connection db, int posts) throws Exception {
        String pageSql = "SELECT id, type_id, title, member_name, prefecture_code, created_at, last_activity_at,"
                + " reply_count FROM board_thread WHERE deleted_at IS NULL AND hidden = FALSE AND state = 'PUBLISHED'"
                + " AND type_id IN (1,2,3,4,5,6) %s ORDER BY last_activity_at DESC, id DESC FETCH FIRST 21 ROWS ONLY";
        Timestamp at;
        long id;
        int deep = Math.min(10_000, posts / 20 - 1);
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_activity_at, id FROM board_thread ORDER BY last_activity_at DESC,"
                     + " id DESC OFFSET " + ((long) deep * 20 - 1) + " ROWS FETCH NEXT 1 ROW ONLY")) {
            rs.next();
            at = rs.getTimestamp(1);
            id = rs.getLong(2);
        }
        String dbUrl = db.getMetaData().getURL();
        double[] first = concurrentList(dbUrl, pageSql.formatted(""), null, 0);
        double[] deepPage = concurrentList(dbUrl, pageSql.formatted("AND last_activity_at <= ? AND (last_activity_at < ?"
                + " OR id < ?)"), at, id);
        System.out.printf("list page 1 (keyset SQL, 16 concurrent clients): p50 %.2f ms, p95 %.2f ms%n", first[0], first[1]);
        System.out.printf("list page %,d (keyset SQL, 16 concurrent clients): p50 %.2f ms, p95 %.2f ms (%.2f× page 1)%n",
                deep, deepPage[0], deepPage[1], deepPage[1] / first[1]);
    }

    private static double[] concurrentList(String url, String sql, Timestamp at, long id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            Callable<List<Long>> client = () -> {
                List<Long> times = new ArrayList<>();
                try (Connection connection = DriverManager.getConnection(url);
                     PreparedStatement page = connection.prepareStatement(sql)) {
                    if (at != null) {
                        page.setTimestamp(1, at);
                        page.setTimestamp(2, at);
                        page.setLong(3, id);
                    }
                    for (int i = 0; i < 40; i++) {
                        long t0 = System.nanoTime();
                        try (ResultSet rs = page.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(3);
                            }
                        }
                        if (i >= 10) {
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

    private static void fanOut(Connection db) throws Exception {
        List<String> followers = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT email FROM bench_account FETCH FIRST 2000 ROWS ONLY")) {
            while (rs.next()) {
                followers.add(rs.getString(1));
            }
        }
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            try (PreparedStatement queue = db.prepareStatement("INSERT INTO outbox_mail (recipient, subject, body, status,"
                    + " created_at) VALUES (?, ?, ?, 'PENDING', CURRENT_TIMESTAMP)")) {
                for (String follower : followers) {
                    queue.setString(1, follower);
                    queue.setString(2, "【掲示板】新しい投稿：京丹波町の黒豆フェアのご案内");
                    queue.setString(3, "新しい投稿があります。\nhttp://localhost:8080/board/thread.xhtml?id=1\n");
                    queue.addBatch();
                }
                queue.executeBatch();
            }
            db.commit();
            times.add(System.nanoTime() - t0);
        }
        System.out.printf("queueing 2,000 follower mails in the posting transaction (batched insert): p50 %.1f ms, max %.1f ms%n",
                percentile(times, 50), percentile(times, 100));
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
