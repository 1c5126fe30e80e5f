package jp.tokyo23city.portal.board;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.tokyo23city.portal.it.PortalClient;

/**
 * The board's list page over HTTP, as its users get it: 16 clients, each signed in as a different member's staff
 * (with its own session), load {@code /board/index.xhtml} (page 1) and then the page 10,000 by its keyset link,
 * one request after another without pause (a second argument sets another number of clients). A third argument, a
 * think time in milliseconds, makes each client pause between requests (a random 0.5–1.5 times it), as people do:
 * the warm-up (both pages, back to back, 10 minutes unless {@code -Dbenchmark.warmUpSeconds} says otherwise) still
 * runs without pause. Runs against a portal started on the data of {@link BoardBenchmark}:
 *
 * <pre>
 * mvn -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=jp.tokyo23city.portal.board.BoardBenchmark -Dexec.args="1000000 none"
 * mvn -Prun package -Dportal.run.data-dir=target/board-bench -Dportal.port=18181     (in another terminal)
 * mvn -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=jp.tokyo23city.portal.board.BoardPageBenchmark -Dexec.args="http://localhost:18181"
 * </pre>
 */
public final class BoardPageBenchmark {

    /** The password BoardBenchmark gives its generated users (user0, user1, …). */
    static final String PASSWORD = "demo-password-2026";
    /**
     * A started portal runs its busiest code interpreted, then compiled more than once over its first tens of
     * thousands of requests (on 2 cores the JIT competes with the pages for CPU): for several minutes pages cost twice
     * or three times what they cost a portal that has been running for a while (measured on 2 cores: p95 ≈ 160 ms
     * after 4 minutes, ≈ 75–110 ms after 6 to 10). The clients load both pages until then.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmUpSeconds", 600));
    private static final int MEASURED = 100;

    private BoardPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:18181");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        long think = args.length > 2 ? Long.parseLong(args[2]) : 0;
        String[] cursor = Files.readString(Path.of("target/board-bench/cursor.txt")).strip().split(" ");
        List<PortalClient> clients = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            PortalClient client = new PortalClient(base);
            client.login("user" + c, PASSWORD);
            HttpResponse<String> page = client.get("/board/index.xhtml");
            if (page.statusCode() != 200 || !page.body().contains("のご案内")) {
                throw new IllegalStateException("user" + c + " does not see the board: " + page.statusCode() + " "
                        + page.uri());
            }
            clients.add(client);
        }
        String firstPage = "/board/index.xhtml";
        String deepPage = "/board/index.xhtml?after=" + cursor[1];
        System.out.printf("warming up for %d s (-Dbenchmark.warmUpSeconds)…%n", WARM_UP.toSeconds());
        warmUp(clients, List.of(firstPage, deepPage));
        double[] first = measure(clients, firstPage, think);
        double[] deep = measure(clients, deepPage, think);
        String how = think == 0 ? "back to back" : "pausing ~" + think + " ms";
        System.out.printf("board list page 1 over HTTP, %d signed-in clients %s: p50 %.1f ms, p95 %.1f ms%n", count,
                how, first[0], first[1]);
        System.out.printf("board list page %s over HTTP, %d signed-in clients %s: p50 %.1f ms, p95 %.1f ms"
                + " (p95 %.2f× page 1)%n", cursor[0], count, how, deep[0], deep[1], deep[1] / first[1]);
    }

    private static void warmUp(List<PortalClient> clients, List<String> paths) throws Exception {
        long until = System.nanoTime() + WARM_UP.toNanos();
        run(clients, client -> {
            for (int i = 0; System.nanoTime() < until; i++) {
                load(client, paths.get(i % paths.size()));
            }
            return List.of();
        });
    }

    private static double[] measure(List<PortalClient> clients, String path, long think) throws Exception {
        List<Long> all = run(clients, client -> {
            List<Long> times = new ArrayList<>();
            Random random = new Random();
            for (int i = 0; i < MEASURED; i++) {
                if (think > 0) {
                    Thread.sleep(think / 2 + (long) (random.nextDouble() * think));
                }
                long t0 = System.nanoTime();
                load(client, path);
                times.add(System.nanoTime() - t0);
            }
            return times;
        });
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {at(sorted, 50), at(sorted, 95)};
    }

    private static void load(PortalClient client, String path) {
        HttpResponse<String> page = client.get(path);
        if (page.statusCode() != 200 || !page.body().contains("のご案内")) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
    }

    /** Runs the task in every client at once and gathers what they measured. */
    private static List<Long> run(List<PortalClient> clients, ClientTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (PortalClient client : clients) {
                futures.add(pool.submit(() -> task.run(client)));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                // a request answered in no time at all means the portal hangs (it did once: EclipseLink's locks)
                all.addAll(future.get(15, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private interface ClientTask {
        List<Long> run(PortalClient client) throws Exception;
    }

    private static double at(long[] sorted, int percentile) {
        int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1));
        return sorted[index] / 1e6;
    }
}
