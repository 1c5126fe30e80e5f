package jp.tokyo23city.portal.board.control;

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
 * Opens the search index soon after start-up (rebuilding it from the database when it is missing or unreadable)
 * archives ended threads every hour, and tells followers of new posts (every few seconds; digests when due).
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
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.board.notify-poll-seconds", defaultValue = "5")
    int notifyPollSeconds;

    private ScheduledFuture<?> archiving;
    private ScheduledFuture<?> notifying;

    @PostConstruct
    void start() {
        scheduler.schedule(this::openIndex, 2, TimeUnit.SECONDS);
        archiving = scheduler.scheduleWithFixedDelay(this::archive, 60, 3600, TimeUnit.SECONDS);
        notifying = scheduler.scheduleWithFixedDelay(this::notifyFollowers, 5, notifyPollSeconds, TimeUnit.SECONDS);
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
    }
}
