package jp.tokyo23city.portal.board.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.board.entity.BoardThread;
import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * Archives threads whose period has ended (marked 終了, still listed and searchable). Called by the board's job,
 * where no user is signed in.
 */
@Stateless
@PermitAll
public class BoardArchive {

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardChanges changes;

    public int archiveEnded() {
        LocalDate today = JapaneseDates.today();
        List<BoardThread> ended = em.createQuery("SELECT t FROM BoardThread t WHERE t.archived = :no"
                        + " AND t.periodEnd < :today", BoardThread.class)
                .setParameter("no", Boolean.FALSE).setParameter("today", today).setMaxResults(1000).getResultList();
        for (BoardThread thread : ended) {
            if (thread.archiveIfEnded(today)) {
                changes.record(thread.getId());
            }
        }
        return ended.size();
    }
}
