package jp.tokyo23city.portal.event.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import jp.tokyo23city.portal.event.control.SeatPlan;
import jp.tokyo23city.portal.event.entity.Audience;
import jp.tokyo23city.portal.event.entity.EventFile;
import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.FilePurpose;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.SignupStatus;
import jp.tokyo23city.portal.inquiry.boundary.DeskDirectory;
import jp.tokyo23city.portal.inquiry.boundary.DeskSummary;
import jp.tokyo23city.portal.platform.FiscalYear;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * Published events as the caller may see them: everyone sees public events; signed-in member and ward staff also
 * see members' events; ward staff and admins those for the wards only. Drafts and events whose publishing time has
 * not come are nobody's here (admins edit them through {@link EventAdminService}).
 */
@Stateless
@PermitAll
public class EventService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    DeskDirectory desks;

    /** A file of an event without its content, for links. */
    public record FileInfo(long id, FilePurpose purpose, String fileName, String contentType, long size,
                           String caption) {
        public long getId() {
            return id;
        }

        public FilePurpose getPurpose() {
            return purpose;
        }

        public String getFileName() {
            return fileName;
        }

        public String getCaption() {
            return caption;
        }

        public boolean isImage() {
            return contentType.startsWith("image/");
        }

        public long getSizeKb() {
            return Math.max(1, (size + 1023) / 1024);
        }
    }

    /** Published events not yet over, soonest first (the home page). */
    public List<ProjectEvent> upcoming(int max) {
        return visible("e.endsOn >= :today ORDER BY e.startsOn, e.id", null)
                .setParameter("today", JapaneseDates.today()).setMaxResults(max).getResultList();
    }

    public List<ProjectEvent> search(EventQuery query) {
        LocalDate today = JapaneseDates.today();
        StringBuilder where = new StringBuilder("1 = 1");
        if (query.getKindCode() != null) {
            where.append(" AND e.kind.code = :kind");
        }
        if (query.getFiscalYear() != null) {
            where.append(" AND e.startsOn >= :from AND e.startsOn <= :to ORDER BY e.startsOn, e.id");
        } else {
            switch (query.getPeriod()) {
                case UPCOMING -> where.append(" AND e.startsOn > :today ORDER BY e.startsOn, e.id");
                case CURRENT -> where.append(" AND e.startsOn <= :today AND e.endsOn >= :today ORDER BY e.endsOn, e.id");
                case PAST -> where.append(" AND e.endsOn < :today ORDER BY e.startsOn DESC, e.id DESC");
                case ALL -> where.append(" ORDER BY e.startsOn DESC, e.id DESC");
            }
        }
        TypedQuery<ProjectEvent> q = visible(where.toString(), query.getAudience());
        if (query.getKindCode() != null) {
            q.setParameter("kind", query.getKindCode());
        }
        if (query.getFiscalYear() != null) {
            FiscalYear year = new FiscalYear(query.getFiscalYear());
            q.setParameter("from", year.firstDay()).setParameter("to", year.lastDay());
        } else if (query.getPeriod() != EventQuery.Period.ALL) {
            q.setParameter("today", today);
        }
        return q.setMaxResults(200).getResultList();
    }

    /** Events on any day of the month, for the calendar. */
    public List<ProjectEvent> month(YearMonth month, String kindCode) {
        String where = "e.startsOn <= :last AND e.endsOn >= :first"
                + (kindCode == null ? "" : " AND e.kind.code = :kind") + " ORDER BY e.startsOn, e.id";
        TypedQuery<ProjectEvent> q = visible(where, null)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth());
        if (kindCode != null) {
            q.setParameter("kind", kindCode);
        }
        return q.getResultList();
    }

    /** The 年度 that have events, newest first (the archive). */
    public List<FiscalYear> fiscalYears() {
        Set<FiscalYear> years = new TreeSet<>();
        for (LocalDate day : visible("1 = 1", null, LocalDate.class, "e.startsOn").getResultList()) {
            years.add(FiscalYear.of(day));
        }
        List<FiscalYear> newestFirst = new ArrayList<>(years);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public Optional<ProjectEvent> find(long id) {
        ProjectEvent event = em.find(ProjectEvent.class, id);
        if (event == null || !event.isVisibleAt(Instant.now()) || !audiences().contains(event.getAudience())) {
            return Optional.empty();
        }
        event.getParts().forEach(p -> p.getSpeakers().size());
        event.getStops().size();
        return Optional.of(event);
    }

    public List<EventKind> kinds() {
        return em.createQuery("SELECT k FROM EventKind k WHERE k.active = TRUE ORDER BY k.sortOrder", EventKind.class)
                .getResultList();
    }

    public SeatStatus seats(ProjectEvent event) {
        long confirmed = count(event.getId(), SignupStatus.CONFIRMED);
        long waitlisted = count(event.getId(), SignupStatus.WAITLISTED);
        return new SeatStatus(event.isSignupEnabled(), event.isSignupOpenAt(Instant.now()),
                SeatPlan.remaining(event.getCapacity(), confirmed), waitlisted);
    }

    public List<FileInfo> files(long eventId) {
        return em.createQuery("SELECT f FROM EventFile f WHERE f.eventId = :event ORDER BY f.id", EventFile.class)
                .setParameter("event", eventId).getResultList().stream()
                .map(f -> new FileInfo(f.getId(), f.getPurpose(), f.getFileName(), f.getContentType(), f.getSize(),
                        f.getCaption())).toList();
    }

    /** A file, if its event is visible to the caller. */
    public Optional<EventFile> file(long fileId) {
        EventFile file = em.find(EventFile.class, fileId);
        // Admins also see the files of drafts, which they are preparing.
        if (file == null || !caller.isCallerInRole(Roles.ADMIN) && find(file.getEventId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    public Optional<DeskSummary> desk(Long deskId) {
        return deskId == null ? Optional.empty() : desks.findDesk(deskId);
    }

    /** Names of the related members: a small read-only look at the member register. */
    public List<String> memberNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT name FROM member WHERE id IN ("
                + String.join(",", ids.stream().map(String::valueOf).toList()) + ") ORDER BY kana").getResultList();
        return names;
    }

    long count(long eventId, SignupStatus status) {
        return em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.eventId = :event AND s.status = :status",
                Long.class).setParameter("event", eventId).setParameter("status", status).getSingleResult();
    }

    /** Who the caller is, as audiences they may see. */
    Set<Audience> audiences() {
        Set<Audience> audiences = EnumSet.of(Audience.PUBLIC);
        boolean admin = caller.isCallerInRole(Roles.ADMIN);
        boolean ward = caller.isCallerInRole(Roles.WARD_STAFF);
        if (admin || ward || caller.isCallerInRole(Roles.MEMBER_STAFF)) {
            audiences.add(Audience.MEMBERS);
        }
        if (admin || ward) {
            audiences.add(Audience.WARDS);
        }
        return audiences;
    }

    private TypedQuery<ProjectEvent> visible(String condition, Audience only) {
        return visible(condition, only, ProjectEvent.class, "e");
    }

    private <T> TypedQuery<T> visible(String condition, Audience only, Class<T> type, String select) {
        Set<Audience> audiences = audiences();
        if (only != null) {
            audiences.retainAll(Set.of(only));
        }
        // Filtering on an audience the caller may not see finds nothing.
        String guard = audiences.isEmpty() ? "1 = 0 AND " : "";
        return em.createQuery("SELECT " + select + " FROM ProjectEvent e WHERE e.status <> :draft "
                        + "AND (e.publishAt IS NULL OR e.publishAt <= :now) AND e.audience IN :audiences AND "
                        + guard + condition, type)
                .setParameter("draft", EventStatus.DRAFT).setParameter("now", Instant.now())
                .setParameter("audiences", audiences.isEmpty() ? Set.of(Audience.PUBLIC) : audiences);
    }
}
