package jp.tokyo23city.portal.inquiry.control;

import java.time.LocalDate;
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

import jp.tokyo23city.portal.inquiry.boundary.InquiryReminders;
import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * Checks for overdue inquiries a while after start-up, then every {@code portal.inquiry.reminder-poll-minutes}. A run
 * reminds each overdue inquiry at most once a business day, so a restart never sends a second reminder.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InquiryReminderJob {

    private static final Logger LOG = Logger.getLogger(InquiryReminderJob.class.getName());
    private static final long FIRST_RUN_SECONDS = 90;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    InquiryReminders reminders;

    @Inject
    @ConfigProperty(name = "portal.inquiry.reminder-poll-minutes", defaultValue = "60")
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
            LocalDate today = JapaneseDates.today();
            if (!BusinessCalendar.isBusinessDay(today)) {
                return;
            }
            int reminded = reminders.remindOverdue(today);
            if (reminded > 0) {
                LOG.info(() -> "Reminded desks of " + reminded + " overdue inquiries");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Overdue inquiry reminder run failed", e);
        }
    }
}
