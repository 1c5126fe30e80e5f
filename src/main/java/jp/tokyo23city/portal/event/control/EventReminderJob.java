package jp.tokyo23city.portal.event.control;

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

import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * Sends reminder mails some days before events ({@code PORTAL_EVENTS_REMINDER_POLL_MINUTES}, default 60). Calls
 * the unsecured {@link SignupWorkflow}, as a timer runs as no one and {@code @RunAs} does not apply here.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventReminderJob {

    private static final Logger LOG = Logger.getLogger(EventReminderJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SignupWorkflow workflow;

    @Inject
    @ConfigProperty(name = "portal.events.reminder-poll-minutes", defaultValue = "60")
    int pollMinutes;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::runSafely, 1, Math.max(1, pollMinutes), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void runSafely() {
        try {
            int sent = workflow.sendReminders(JapaneseDates.today());
            if (sent > 0) {
                LOG.log(Level.INFO, "Queued {0} event reminder mails", sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event reminders failed; the next run tries again", e);
        }
    }
}
