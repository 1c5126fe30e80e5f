package jp.tokyo23city.portal.audit.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;

import jp.tokyo23city.portal.audit.entity.AuditEntry;
import jp.tokyo23city.portal.security.Roles;

/** Writes and reads the audit log of security events. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    HttpServletRequest request;

    /**
     * Records an event in a transaction of its own, so that a failed sign-in is logged even though nothing else
     * of the request is committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String detail) {
        em.persist(new AuditEntry(Instant.now(Clock.systemUTC()), actor, action, detail, remoteAddress()));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> latest(int first, int max) {
        return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException outsideOfRequest) {
            // Background jobs and start-up have no request.
            return null;
        }
    }
}
