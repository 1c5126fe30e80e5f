package jp.tokyo23city.portal.board;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.tokyo23city.portal.it.PortalClient;

/**
 * The board's list page over HTTP, as its users get it: 16 clients, each signed in as a different member's staff
 * (with its own session), load {@code /board/index.xhtml} (page 1) and then the page 10,000 by its keyset link,
 * one request after another without pause (a second argument sets another number of clients). A third argument, a
 * think time in milliseconds, makes each client pause between requests (a random 0.5–1.5 times it), as people do:
 * the warm-up still runs without pause. Runs against a portal started on the data of {@link BoardBenchmark}:
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
    private static final int WARM_UP = 60;
    private static final int MEASURED = 50;

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
        double[] first = measure(clients, "/board/index.xhtml", think);
        double[] deep = measure(clients, "/board/index.xhtml?after=" + cursor[1], think);
        String how = think == 0 ? "back to back" : "pausing ~" + think + " ms";
        System.out.printf("board list page 1 over HTTP, %d signed-in clients %s: p50 %.1f ms, p95 %.1f ms%n", count,
                how, first[0], first[1]);
        System.out.printf("board list page %s over HTTP, %d signed-in clients %s: p50 %.1f ms, p95 %.1f ms"
                + " (p95 %.2f× page 1)%n", cursor[0], count, how, deep[0], deep[1], deep[1] / first[1]);
    }

    private static double[] measure(List<PortalClient> clients, String path, long think) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (PortalClient client : clients) {
            Callable<List<Long>> run = () -> {
                List<Long> times = new ArrayList<>();
                Random random = new Random();
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    if (think > 0 && i >= WARM_UP) {
                        Thread.sleep(think / 2 + (long) (random.nextDouble() * think));
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> page = client.get(path);
                    long took = System.nanoTime() - t0;
                    if (page.statusCode() != 200 || !page.body().contains("のご案内")) {
                        throw new IllegalStateException(path + " answered " + page.statusCode());
                    }
                    if (i >= WARM_UP) {
                        times.add(took);
                    }
                }
                return times;
            };
            futures.add(pool.submit(run));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            // a request answered in no time at all means the portal hangs (it did once: EclipseLink's locks)
            all.addAll(future.get(10, java.util.concurrent.TimeUnit.MINUTES));
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {at(sorted, 50), at(sorted, 95)};
    }

    private static double at(long[] sorted, int percentile) {
        int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1));
        return sorted[index] / 1e6;
    }
}
