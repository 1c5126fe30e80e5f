package jp.tokyo23city.portal.municipality.boundary;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an import has got. The import writes it from its own thread while a page reads it on every poll, so it
 * is thread-safe and never blocks either side.
 */
public final class ImportProgress {

    public enum Phase {
        /** Waiting for a thread of the executor. */
        QUEUED,
        /** Checking the file line by line. */
        READING,
        /** Writing accepted rows, chunk by chunk. */
        WRITING,
        FINISHED,
        FAILED
    }

    private volatile Phase phase = Phase.QUEUED;
    private volatile int total;
    private final AtomicInteger written = new AtomicInteger();

    void reading() {
        phase = Phase.READING;
    }

    void writing(int rows) {
        total = rows;
        phase = Phase.WRITING;
    }

    void wrote(int rows) {
        written.addAndGet(rows);
    }

    void finished() {
        phase = Phase.FINISHED;
    }

    /** Marks the import as ended without a report; also for the job that runs it, when it could not even start. */
    public void failed() {
        phase = Phase.FAILED;
    }

    public Phase phase() {
        return phase;
    }

    public boolean isDone() {
        Phase now = phase;
        return now == Phase.FINISHED || now == Phase.FAILED;
    }

    /** Accepted rows to write; 0 until the file has been read. */
    public int total() {
        return total;
    }

    /** Rows written so far, committed chunk by chunk. */
    public int written() {
        return written.get();
    }

    /**
     * 0–100 for a progress bar. It reaches 100 only when the import has ended, so a page that waits for 100 finds
     * the report ready.
     */
    public int percent() {
        return switch (phase) {
            case QUEUED, READING -> 0;
            case WRITING -> total == 0 ? 99 : Math.min(99, (int) (100L * written.get() / total));
            case FINISHED, FAILED -> 100;
        };
    }
}
