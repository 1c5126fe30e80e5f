package jp.tokyo23city.portal.event.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.platform.JapaneseDates;

/** Published events, for everyone. */
@Stateless
public class EventService {

    @PersistenceContext
    EntityManager em;

    /** Published events not yet over, soonest first. */
    public List<ProjectEvent> upcoming(int max) {
        return em.createQuery("SELECT e FROM ProjectEvent e WHERE e.published = TRUE AND e.endsOn >= :today "
                        + "ORDER BY e.startsOn, e.id", ProjectEvent.class)
                .setParameter("today", JapaneseDates.today()).setMaxResults(max).getResultList();
    }
}
