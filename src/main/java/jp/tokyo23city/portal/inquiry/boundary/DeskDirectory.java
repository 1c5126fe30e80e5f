package jp.tokyo23city.portal.inquiry.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.inquiry.control.PublicDesks;
import jp.tokyo23city.portal.inquiry.entity.Desk;

/** Desks as everyone may see them: the footer, the contact page, an event's contact. */
@Stateless
public class DeskDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicDesks publicDesks;

    /** Active desks listed publicly, in the admins' order (kept in memory: every page's footer shows them). */
    public List<DeskSummary> publicDesks() {
        return publicDesks.get();
    }

    /** Every active desk, for choosing one (an event's contact, a transfer). */
    public List<DeskSummary> activeDesks() {
        return em.createQuery("SELECT d FROM Desk d WHERE d.active = TRUE ORDER BY d.sortOrder, d.id", Desk.class)
                .getResultStream().map(DeskSummary::of).toList();
    }

    public Optional<DeskSummary> findDesk(long id) {
        return Optional.ofNullable(em.find(Desk.class, id)).map(DeskSummary::of);
    }
}
