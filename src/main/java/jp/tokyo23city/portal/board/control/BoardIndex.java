package jp.tokyo23city.portal.board.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import jp.tokyo23city.portal.board.boundary.BoardChanged;
import jp.tokyo23city.portal.platform.PortalConfigSource;

/**
 * The one open search index of this instance, in {@code PORTAL_DATA_DIR/board-index}. It follows every committed
 * change of a thread: at once for this instance's changes, and from the change log every few seconds for those of
 * the other instances of a cluster ({@link #catchUp()}). It is rebuilt from the database when it was missing or
 * unreadable at start-up or when an admin asks (in the background, with progress).
 */
@ApplicationScoped
public class BoardIndex {

    private static final Logger LOG = Logger.getLogger(BoardIndex.class.getName());
    private static final int BATCH = 500;
    /** How often the mark is renewed, and how much younger than the oldest rows kept it must be to be trusted. */
    private static final Duration MARK_MARGIN = Duration.ofHours(1);

    @Inject
    BoardDocuments documents;

    @Inject
    BoardChanges changes;

    @Resource
    ManagedExecutorService executor;

    private BoardSearchEngine engine;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile boolean running;
    private volatile Instant finishedAt;
    private volatile String failure;
    /** Set at the first catch-up and after each rebuild; replaced, never shared with a rebuild. */
    private volatile ChangeLogPosition position;
    private volatile Instant markedAt;

    /** The open index; opened (and a rebuild started, when needed) on first use. */
    public synchronized BoardSearchEngine engine() {
        if (engine == null) {
            Path path = PortalConfigSource.dataDirectory().resolve("board-index");
            try {
                engine = BoardSearchEngine.open(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (engine.needsRebuild()) {
                LOG.info("Board index at " + path + " is new: filling it from the database");
                rebuildInBackground();
            } else if (engine.size() != documents.count()) {
                // e.g. the database was restored or replaced while the index stayed
                LOG.info("Board index at " + path + " does not match the database: rebuilding it");
                rebuildInBackground();
            }
        }
        return engine;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        try {
            apply(change.threadId());
        } catch (RuntimeException e) {
            // the post is saved; the change log brings it again at the next catch-up
            LOG.log(Level.WARNING, "Board index not updated for thread " + change.threadId(), e);
        }
    }

    /**
     * Applies the change log's rows after this instance's position: the other instances' changes, and this
     * instance's own once more (one re-read each, simpler than telling them apart), then marks the index with how
     * far it got. The first call only finds where to resume ({@link #resumeFrom()}). Called by the board's jobs; when a thread cannot be read the position stays, and
     * the next call tries again.
     */
    public void catchUp() {
        if (running) {
            return;
        }
        ChangeLogPosition at = position;
        if (at == null) {
            position = new ChangeLogPosition(resumeFrom());
            return;
        }
        List<BoardChanges.Change> found = changes.after(at.last(), at.missing(), BATCH);
        Set<Long> threads = new LinkedHashSet<>();
        found.forEach(change -> threads.add(change.threadId()));
        threads.forEach(this::apply);
        Instant now = Instant.now();
        long complete = at.complete();
        at.applied(found.stream().map(BoardChanges.Change::id).toList(), now);
        // marked again now and then even when nothing changed: the mark also says until when the index was followed
        if (at.complete() != complete || markedAt == null || markedAt.isBefore(now.minus(MARK_MARGIN))) {
            engine().markChangeLog(at.complete(), now);
            markedAt = now;
        }
    }

    /**
     * Where a started instance follows the log from: where its index was marked (changes made by other instances
     * while this one was stopped are then applied), or the newest row for an index without a mark. An index marked
     * before the oldest rows still kept was away too long: it is rebuilt.
     */
    private long resumeFrom() {
        long latest = changes.latest();
        Optional<BoardSearchEngine.ChangeLogMark> mark = engine().changeLogMark();
        if (mark.isEmpty()) {
            return latest;
        }
        if (mark.get().at().isBefore(Instant.now().minus(BoardChanges.KEPT).plus(MARK_MARGIN))) {
            LOG.info("Board index was last brought up to date on " + mark.get().at() + ", before the oldest changes"
                    + " still logged: rebuilding it");
            rebuildInBackground();
            return latest;
        }
        return Math.min(mark.get().id(), latest);
    }

    private void apply(long threadId) {
        documents.document(threadId).ifPresentOrElse(engine()::upsert, () -> engine().remove(threadId));
    }

    public SearchResult search(SearchRequest request) {
        return engine().search(request);
    }

    /** Starts a rebuild unless one runs; returns whether one was started. */
    public synchronized boolean rebuildInBackground() {
        if (running) {
            return false;
        }
        running = true;
        done.set(0);
        total = 0;
        failure = null;
        executor.submit(this::rebuild);
        return true;
    }

    private void rebuild() {
        try {
            // changes committed while the rebuild reads are applied again after it, from this row on
            long from = changes.latest();
            BoardSearchEngine target = engine();
            total = documents.count();
            target.clear();
            long after = 0;
            while (true) {
                List<BoardDocument> batch = documents.batch(after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                target.addAll(batch);
                after = batch.get(batch.size() - 1).id();
                done.addAndGet(batch.size());
            }
            target.markChangeLog(from, Instant.now());
            position = new ChangeLogPosition(from);
            LOG.info("Board index rebuilt: " + done.get() + " threads");
        } catch (RuntimeException e) {
            failure = String.valueOf(e.getMessage());
            LOG.log(Level.WARNING, "Board index rebuild failed", e);
        } finally {
            finishedAt = Instant.now();
            running = false;
        }
    }

    public boolean isRunning() {
        return running;
    }

    public long getDone() {
        return done.get();
    }

    public long getTotal() {
        return total;
    }

    /** 0–100. */
    public int getPercent() {
        long all = total;
        return all == 0 ? (running ? 0 : 100) : (int) Math.min(100, done.get() * 100 / all);
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }

    public int size() {
        return engine().size();
    }

    @PreDestroy
    synchronized void close() {
        if (engine != null) {
            try {
                engine.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Board index not closed cleanly", e);
            }
            engine = null;
        }
    }
}
