package jp.tokyo23city.portal.event.boundary;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.event.control.EventCalendar;
import jp.tokyo23city.portal.event.control.SignupWorkflow;
import jp.tokyo23city.portal.event.entity.Audience;
import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.FeedToken;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;
import jp.tokyo23city.portal.security.SecretTokens;

/**
 * iCalendar: one .ics per event, the public feed, and each staff member's own feed at a secret address (calendar
 * apps cannot sign in), which includes the events for members or wards that the account may see.
 */
@Stateless
@PermitAll
public class EventFeedService {

    /** How far back a feed reaches. */
    private static final int FEED_DAYS_BACK = 400;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    EventService events;

    @Inject
    SignupWorkflow workflow;

    @Inject
    AccountService accounts;

    public Optional<byte[]> eventIcs(long id) {
        return events.find(id).map(e -> EventCalendar.write(List.of(e), workflow.baseUrl(), workflow.host()));
    }

    public byte[] publicFeed() {
        return feed(EnumSet.of(Audience.PUBLIC));
    }

    /** The feed of the account whose secret this is; empty for an unknown secret. */
    public Optional<byte[]> personalFeed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM FeedToken t WHERE t.tokenHash = :hash", FeedToken.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst()
                .map(t -> feed(t.isWards() ? EnumSet.allOf(Audience.class) : EnumSet.of(Audience.PUBLIC, Audience.MEMBERS)));
    }

    /** A new secret feed address for the caller (the old one stops working); the secret is shown only now. */
    @RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF})
    public String issuePersonalFeed() {
        Long me = accounts.current().getId();
        boolean wards = caller.isCallerInRole(Roles.ADMIN) || caller.isCallerInRole(Roles.WARD_STAFF);
        String secret = SecretTokens.newSecret();
        FeedToken token = em.find(FeedToken.class, me);
        if (token == null) {
            em.persist(new FeedToken(me, SecretTokens.hash(secret), wards, Instant.now()));
        } else {
            token.renew(SecretTokens.hash(secret), wards, Instant.now());
        }
        return workflow.baseUrl() + "/events/feed.ics?token=" + secret;
    }

    private byte[] feed(Set<Audience> audiences) {
        List<ProjectEvent> list = em.createQuery("SELECT e FROM ProjectEvent e WHERE e.status <> :draft "
                        + "AND (e.publishAt IS NULL OR e.publishAt <= :now) AND e.audience IN :audiences "
                        + "AND e.endsOn >= :from ORDER BY e.startsOn, e.id", ProjectEvent.class)
                .setParameter("draft", EventStatus.DRAFT).setParameter("now", Instant.now())
                .setParameter("audiences", audiences)
                .setParameter("from", JapaneseDates.today().minusDays(FEED_DAYS_BACK)).getResultList();
        return EventCalendar.write(list, workflow.baseUrl(), workflow.host());
    }
}
