package jp.tokyo23city.portal.inquiry.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.inquiry.entity.InquiryCounter;

/**
 * Gives reference numbers without gaps or duplicates across a cluster: the year's counter row is locked until the
 * inquiry's transaction ends.
 */
@Stateless
@PermitAll
public class InquiryCounters {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(int year) {
        InquiryCounter counter = em.find(InquiryCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                context.getBusinessObject(InquiryCounters.class).create(year);
            } catch (EJBException e) {
                // Another instance created the year's counter at the same moment: use theirs.
            }
            counter = em.find(InquiryCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** The first inquiry of a year creates its counter, in its own transaction so that a race loses nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(int year) {
        if (em.find(InquiryCounter.class, year) == null) {
            em.persist(new InquiryCounter(year));
            em.flush();
        }
    }
}
