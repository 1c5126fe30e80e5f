package jp.tokyo23city.portal.admin.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.audit.entity.AuditEntry;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.mail.entity.OutboxMail;

/** /admin/index.xhtml: the state of the portal at a glance, and the latest security events. */
@Named
@RequestScoped
public class AdminConsoleBacking {

    private static final int AUDIT_ROWS = 20;

    @Inject
    AccountService accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    private long accountCount;
    private long mailPending;
    private long mailSent;
    private long mailFailed;
    private List<AuditEntry> latestAudit;

    @PostConstruct
    void load() {
        accountCount = accounts.count();
        mailPending = outbox.countByStatus(OutboxMail.Status.PENDING);
        mailSent = outbox.countByStatus(OutboxMail.Status.SENT);
        mailFailed = outbox.countByStatus(OutboxMail.Status.FAILED);
        latestAudit = audit.latest(0, AUDIT_ROWS);
    }

    public long getAccountCount() {
        return accountCount;
    }

    public long getMailPending() {
        return mailPending;
    }

    public long getMailSent() {
        return mailSent;
    }

    public long getMailFailed() {
        return mailFailed;
    }

    public List<AuditEntry> getLatestAudit() {
        return latestAudit;
    }
}
