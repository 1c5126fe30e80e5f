package jp.tokyo23city.portal.board.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.board.boundary.BoardChanged;
import jp.tokyo23city.portal.board.entity.BoardIndexChange;

/**
 * Every change of a thread goes through {@link #record}: a row in the change log, written in the transaction of the
 * change, for the search indexes of the other instances of a cluster; and {@link BoardChanged} for this instance's
 * index, which follows once the transaction has committed. The index reads the log back every few seconds. Not a
 * boundary of users: it also runs in the board's jobs, where no caller is signed in.
 */
@Stateless
@PermitAll
public class BoardChanges {

    /** How long rows stay in the log: an instance that was away longer rebuilds its index. */
    public static final Duration KEPT = Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<BoardChanged> changed;

    /** A row in the caller's transaction: it is in the log exactly when the change is in the database. */
    public void record(long threadId) {
        em.persist(new BoardIndexChange(threadId, Instant.now()));
        changed.fire(new BoardChanged(threadId));
    }

    /** The newest row's id, 0 when the log is empty: where an instance starts following it. */
    public long latest() {
        Long latest = em.createQuery("SELECT MAX(c.id) FROM BoardIndexChange c", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** The rows after an id, and those of the given lower ids (not committed when last read), in id order. */
    public List<Change> after(long afterId, Collection<Long> missing, int max) {
        String where = missing.isEmpty() ? "c.id > :after" : "(c.id > :after OR c.id IN :missing)";
        var query = em.createQuery("SELECT NEW jp.tokyo23city.portal.board.control.BoardChanges.Change(c.id,"
                + " c.threadId) FROM BoardIndexChange c WHERE " + where + " ORDER BY c.id", Change.class)
                .setParameter("after", afterId);
        if (!missing.isEmpty()) {
            query.setParameter("missing", missing);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** Deletes the rows written before an instant; every instance may do so at any time. */
    public int purge(Instant before) {
        return em.createQuery("DELETE FROM BoardIndexChange c WHERE c.changedAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    /** One row of the log. */
    public record Change(long id, long threadId) {
    }
}
