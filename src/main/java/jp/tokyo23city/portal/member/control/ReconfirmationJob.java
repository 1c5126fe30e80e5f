package jp.tokyo23city.portal.member.control;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.member.boundary.ReconfirmationService;
import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * Runs the yearly re-confirmation in the background: a while after start-up, then every
 * {@code portal.member.reconfirmation-poll-minutes}. Each run is idempotent, and every instance of a cluster may run
 * it (see {@link ReconfirmationService}), so nothing has to elect a leader and no missed day is lost after a restart.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconfirmationJob {

    private static final Logger LOG = Logger.getLogger(ReconfirmationJob.class.getName());
    private static final long FIRST_RUN_SECONDS = 60;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReconfirmationService reconfirmation;

    @Inject
    @ConfigProperty(name = "portal.member.reconfirmation-poll-minutes", defaultValue = "60")
    long pollMinutes;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::runSafely, FIRST_RUN_SECONDS,
                TimeUnit.MINUTES.toSeconds(Math.max(pollMinutes, 1)), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void runSafely() {
        try {
            reconfirmation.runScheduled(JapaneseDates.today());
        } catch (RuntimeException e) {
            // The database may be restarting: the next run tries again.
            LOG.log(Level.WARNING, "Yearly re-confirmation run failed", e);
        }
    }
}
