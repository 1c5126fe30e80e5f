package jp.tokyo23city.portal.mail.control;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
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
import jakarta.mail.MessagingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.mail.entity.OutboxMail;

/**
 * Sends due mail from the outbox in the background, so that no request ever waits for SMTP. Failures are retried
 * with back-off by {@link OutboxMail#markFailed}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    @Inject
    SmtpMailer mailer;

    @Inject
    @ConfigProperty(name = "portal.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::sendDueSafely, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void sendDueSafely() {
        try {
            for (Long id : outbox.due(BATCH)) {
                Optional<OutboxMail> mail = outbox.claim(id);
                if (mail.isPresent() && !send(mail.get())) {
                    // The server is unreachable: the rest of the batch would fail the same way.
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The database may be restarting: the next run tries again.
            LOG.log(Level.WARNING, "Could not read the mail outbox", e);
        }
    }

    /** Sends one mail; false when the SMTP server could not be reached at all. */
    private boolean send(OutboxMail mail) {
        try {
            mailer.send(mail.getRecipient(), mail.getSubject(), mail.getBody(), mail.getAttachments());
            outbox.markSent(mail.getId());
            return true;
        } catch (MessagingException e) {
            if (isUnreachable(e)) {
                LOG.log(Level.WARNING, "SMTP server unreachable, mail {0} deferred: {1}",
                        new Object[] {mail.getId(), e.getMessage()});
                outbox.defer(mail.getId());
                return false;
            }
            LOG.log(Level.WARNING, "Mail {0} not sent (attempt {1}): {2}",
                    new Object[] {mail.getId(), mail.getAttempts() + 1, e.getMessage()});
            outbox.markFailed(mail.getId(), e.getMessage());
            return true;
        }
    }

    static boolean isUnreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // Jakarta Mail wraps these (in its MailConnectException) when no connection could be made.
            if (cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
