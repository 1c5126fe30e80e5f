package jp.tokyo23city.portal.municipality.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tokyo23city.portal.municipality.boundary.MunicipalityImport;

/**
 * The imports of this server instance, by an id the page keeps in its view state and polls with. Application
 * scoped rather than session scoped: a running task and its progress cannot be serialised with a session, and one
 * import at a time is allowed for the whole portal, since two would update the same rows.
 * <p>
 * The task runs on the container's managed executor, which carries the administrator's identity over to the
 * import's role check and audit entry.
 */
@ApplicationScoped
public class MunicipalityImportJobs {

    /** How long a finished job's report stays available to a page that polls late or is reloaded. */
    static final Duration KEEP_ENDED = Duration.ofMinutes(30);

    @Resource
    ManagedExecutorService executor;

    @Inject
    MunicipalityImport importer;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    /**
     * Starts an import of a list that has passed the upload checks.
     *
     * @return the job, or empty when another import is still running
     */
    public synchronized Optional<ImportJob> start(String owner, String fileName, byte[] content) {
        forgetEnded();
        if (jobs.values().stream().anyMatch(job -> !job.isDone())) {
            return Optional.empty();
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, fileName, Instant.now());
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> job.run(importer, content));
        } catch (RejectedExecutionException e) {
            job.fail(e);
        }
        return Optional.of(job);
    }

    /** A job of this person; the id alone is not enough, so that one administrator cannot read another's report. */
    public Optional<ImportJob> find(String id, String owner) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jobs.get(id)).filter(job -> Objects.equals(job.owner(), owner));
    }

    /** This person's latest job that is still running, for a page opened again while it runs. */
    public Optional<ImportJob> running(String owner) {
        return jobs.values().stream()
                .filter(job -> Objects.equals(job.owner(), owner) && !job.isDone())
                .max(Comparator.comparing(ImportJob::startedAt));
    }

    private void forgetEnded() {
        Instant limit = Instant.now().minus(KEEP_ENDED);
        jobs.values().removeIf(job -> job.isDone() && job.endedAt().isBefore(limit));
    }
}
