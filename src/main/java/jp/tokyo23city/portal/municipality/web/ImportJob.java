package jp.tokyo23city.portal.municipality.web;

import java.time.Instant;

import jp.tokyo23city.portal.municipality.boundary.ImportProgress;
import jp.tokyo23city.portal.municipality.boundary.ImportReport;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityImport;

/**
 * One import running on the executor, as the page that started it sees it: its progress while it runs, then its
 * report or what stopped it. Fields are written by the executor thread and read by the polling requests.
 */
public final class ImportJob {

    private final String id;
    private final String owner;
    private final String fileName;
    private final Instant startedAt;
    private final ImportProgress progress = new ImportProgress();
    private volatile ImportReport report;
    private volatile Throwable failure;
    private volatile Instant endedAt;

    ImportJob(String id, String owner, String fileName, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    /** The body of the task: runs the import and keeps whatever comes of it for the next poll. */
    void run(MunicipalityImport importer, byte[] content) {
        try {
            report = importer.importCsv(content, progress);
        } catch (Exception e) {
            // Kept for the page: a task's exception would otherwise only surface from a Future nobody waits on.
            failure = e;
        } finally {
            if (report == null) {
                progress.failed();
            }
            endedAt = Instant.now();
        }
    }

    /** For a task the executor refused, or one that never ran. */
    void fail(Throwable cause) {
        failure = cause;
        progress.failed();
        endedAt = Instant.now();
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String fileName() {
        return fileName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ImportProgress progress() {
        return progress;
    }

    /** The report once the import has finished, else {@code null}. */
    public ImportReport report() {
        return report;
    }

    /** What stopped the import, else {@code null}. */
    public Throwable failure() {
        return failure;
    }

    public boolean isDone() {
        return endedAt != null;
    }

    /** When the job ended, or {@code null} while it runs. */
    public Instant endedAt() {
        return endedAt;
    }
}
