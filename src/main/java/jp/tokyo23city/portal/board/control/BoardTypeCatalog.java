package jp.tokyo23city.portal.board.control;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.platform.ExpiringValue;

/**
 * The post types with their fields, as every page of the board reads them (labels, colours, who may read what): kept
 * in memory, read again after a type changed on this instance and every {@link #LIFE} in any case (a change made on
 * another instance of a cluster). The types given are shared: for reading only.
 */
@ApplicationScoped
public class BoardTypeCatalog {

    static final Duration LIFE = Duration.ofSeconds(30);

    /** A post type or its fields changed: fired by the admin's change, acted on once it committed. */
    public record Changed() {
    }

    @PersistenceContext
    EntityManager em;

    private final ExpiringValue<List<BoardType>> all = new ExpiringValue<>(LIFE);

    /** Every post type, active or not, in the admins' order. */
    public List<BoardType> all() {
        return all.get(() -> List.copyOf(em.createNamedQuery(BoardType.ALL, BoardType.class).getResultList()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        all.drop();
    }
}
