package jp.tokyo23city.portal.mail.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.mail.entity.MailAttachment;
import jp.tokyo23city.portal.mail.entity.OutboxMail;
import jp.tokyo23city.portal.security.Roles;

/** Queues mail with the business change that causes it, and hands due mail to the sender. */
@Stateless
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    /** Queues a plain-text mail in the caller's transaction: it is sent only if that transaction commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        em.persist(new OutboxMail(recipient, subject, body, Instant.now()));
    }

    /** Queues a plain-text mail with files attached (an .ics), in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String recipient, String subject, String body, List<MailAttachment> attachments) {
        em.persist(new OutboxMail(recipient, subject, body, attachments, Instant.now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("pending", OutboxMail.Status.PENDING).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
    }

    /**
     * Takes a lease on one due mail; only one instance of a cluster wins it, because the update only matches while
     * the mail is still due.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboxMail> claim(long id) {
        Instant now = Instant.now();
        int won = em.createNamedQuery(OutboxMail.CLAIM)
                .setParameter("id", id).setParameter("now", now).setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("leaseUntil", now.plus(OutboxMail.LEASE)).executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        em.refresh(mail);
        em.detach(mail);
        return Optional.of(mail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long id) {
        // Attachments go by native SQL: EclipseLink would delete each element comparing its BLOB, which Derby refuses.
        em.createNativeQuery("DELETE FROM outbox_attachment WHERE mail_id = ?").setParameter(1, id).executeUpdate();
        em.find(OutboxMail.class, id).markSent(Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void defer(long id) {
        em.find(OutboxMail.class, id).defer(Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        em.find(OutboxMail.class, id).markFailed(error, Instant.now());
    }

    @RolesAllowed(Roles.ADMIN)
    public List<OutboxMail> latest(int max) {
        return em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.id DESC", OutboxMail.class)
                .setMaxResults(max).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long countByStatus(OutboxMail.Status status) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
