package jp.tokyo23city.portal.news.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.news.entity.NewsArticle;
import jp.tokyo23city.portal.platform.JapaneseDates;

/** Published articles, for everyone. */
@Stateless
public class NewsService {

    @PersistenceContext
    EntityManager em;

    /** The newest articles already published (not those dated in the future). */
    public List<NewsArticle> latest(int max) {
        return em.createQuery("SELECT a FROM NewsArticle a WHERE a.publishedOn <= :today "
                        + "ORDER BY a.publishedOn DESC, a.id DESC", NewsArticle.class)
                .setParameter("today", JapaneseDates.today()).setMaxResults(max).getResultList();
    }
}
