package jp.tokyo23city.portal.board.control;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * Opens the search index soon after start-up (rebuilding it from the database when it is missing or unreadable),
 * applies the change log to it every few seconds (the other instances' changes), archives ended threads and deletes
 * old rows of the change log every hour, and tells followers of new posts (every few seconds; digests when due).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BoardJobs {

    private static final Logger LOG = Logger.getLogger(BoardJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    BoardIndex index;

    @Inject
    BoardArchive archive;

    @Inject
    BoardNotifier notifier;

    @Inject
    BoardChanges changes;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.board.notify-poll-seconds", defaultValue = "5")
    int notifyPollSeconds;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.board.index-poll-seconds", defaultValue = "5")
    int indexPollSeconds;

    private ScheduledFuture<?> archiving;
    private ScheduledFuture<?> notifying;
    private ScheduledFuture<?> indexing;
    private ScheduledFuture<?> purging;

    @PostConstruct
    void start() {
        scheduler.schedule(this::openIndex, 2, TimeUnit.SECONDS);
        archiving = scheduler.scheduleWithFixedDelay(this::archive, 60, 3600, TimeUnit.SECONDS);
        notifying = scheduler.scheduleWithFixedDelay(this::notifyFollowers, 5, notifyPollSeconds, TimeUnit.SECONDS);
        int every = Math.max(indexPollSeconds, 1);
        indexing = scheduler.scheduleWithFixedDelay(this::catchUpIndex, every, every, TimeUnit.SECONDS);
        purging = scheduler.scheduleWithFixedDelay(this::purgeChangeLog, 120, 3600, TimeUnit.SECONDS);
    }

    private void catchUpIndex() {
        try {
            index.catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Board index did not follow the change log; tried again shortly", e);
        }
    }

    private void purgeChangeLog() {
        try {
            int purged = changes.purge(Instant.now().minus(BoardChanges.KEPT));
            if (purged > 0) {
                LOG.fine(() -> "Board: deleted " + purged + " old rows of the change log");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Board change log not purged; tried again in an hour", e);
        }
    }

    private void notifyFollowers() {
        try {
            for (Long notice : notifier.pending(200)) {
                notifier.fanOut(notice);
            }
            notifier.digests();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Board notifications failed; tried again shortly", e);
        }
    }

    private void openIndex() {
        try {
            index.engine();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Board index could not be opened", e);
        }
    }

    private void archive() {
        try {
            int archived = archive.archiveEnded();
            if (archived > 0) {
                LOG.info("Board: archived " + archived + " ended threads");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Board archiving failed; tried again in an hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (archiving != null) {
            archiving.cancel(false);
        }
        if (notifying != null) {
            notifying.cancel(false);
        }
        if (indexing != null) {
            indexing.cancel(false);
        }
        if (purging != null) {
            purging.cancel(false);
        }
    }
}
