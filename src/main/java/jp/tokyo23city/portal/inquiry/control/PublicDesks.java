package jp.tokyo23city.portal.inquiry.control;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.inquiry.boundary.DeskSummary;
import jp.tokyo23city.portal.platform.ExpiringValue;

/**
 * The desks listed publicly, as the footer of every page shows them: kept in memory, read again after a desk changed
 * on this instance and every {@link #LIFE} in any case (a change made on another instance of a cluster).
 */
@ApplicationScoped
public class PublicDesks {

    static final Duration LIFE = Duration.ofSeconds(30);

    /** A desk was created or changed: fired by the admin's change, acted on once it committed. */
    public record Changed() {
    }

    @PersistenceContext
    EntityManager em;

    private final ExpiringValue<List<DeskSummary>> desks = new ExpiringValue<>(LIFE);

    /** Active desks listed publicly, in the admins' order. */
    public List<DeskSummary> get() {
        return desks.get(() -> List.copyOf(em.createQuery("SELECT NEW jp.tokyo23city.portal.inquiry.boundary"
                + ".DeskSummary(d.id, d.name, d.topic, d.email, d.phone, d.businessHours) FROM Desk d"
                + " WHERE d.active = TRUE AND d.shownPublicly = TRUE ORDER BY d.sortOrder, d.id", DeskSummary.class)
                .getResultList()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        desks.drop();
    }
}
