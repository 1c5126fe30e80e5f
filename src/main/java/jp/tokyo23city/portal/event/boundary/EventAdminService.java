package jp.tokyo23city.portal.event.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.tika.Tika;

import jp.tokyo23city.portal.event.control.SignupWorkflow;
import jp.tokyo23city.portal.event.entity.Audience;
import jp.tokyo23city.portal.event.entity.EventFile;
import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.EventStop;
import jp.tokyo23city.portal.event.entity.FilePurpose;
import jp.tokyo23city.portal.event.entity.Organiser;
import jp.tokyo23city.portal.event.entity.OrganiserRole;
import jp.tokyo23city.portal.event.entity.ProgrammePart;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.Speaker;
import jp.tokyo23city.portal.inquiry.boundary.DeskDirectory;
import jp.tokyo23city.portal.inquiry.boundary.DeskSummary;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/** The project office runs events: creates and edits them, their programme, stops, files, status and report. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class EventAdminService {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final Tika TIKA = new Tika();

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskDirectory desks;

    @Inject
    SignupWorkflow workflow;

    /** A member that an event may name as related. */
    public record MemberChoice(long id, String name) implements java.io.Serializable {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    /** Every event, drafts included, newest first. */
    public List<ProjectEvent> all() {
        return em.createQuery("SELECT e FROM ProjectEvent e ORDER BY e.startsOn DESC, e.id DESC", ProjectEvent.class)
                .getResultList();
    }

    public ProjectEvent get(long id) {
        ProjectEvent event = em.find(ProjectEvent.class, id);
        if (event == null) {
            throw new EventException("events.message.notFound");
        }
        return event;
    }

    public List<EventKind> kinds() {
        return em.createQuery("SELECT k FROM EventKind k WHERE k.active = TRUE ORDER BY k.sortOrder", EventKind.class)
                .getResultList();
    }

    /** Every kind, retired ones included, in their order. */
    public List<EventKind> allKinds() {
        return em.createQuery("SELECT k FROM EventKind k ORDER BY k.sortOrder, k.code", EventKind.class).getResultList();
    }

    /** Adds a kind (code: capitals, digits and _), or renames an existing one. */
    public EventKind saveKind(String code, String nameJa, String nameEn, int sortOrder) {
        if (code == null || !code.strip().matches("[A-Z][A-Z0-9_]{1,23}")) {
            throw new EventException("admin.events.kinds.message.codeInvalid");
        }
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()
                || nameJa.strip().length() > 50 || nameEn.strip().length() > 50) {
            throw new EventException("admin.events.kinds.message.nameRequired");
        }
        EventKind kind = em.find(EventKind.class, code.strip());
        if (kind == null) {
            kind = new EventKind(code.strip(), nameJa.strip(), nameEn.strip(), sortOrder);
            em.persist(kind);
        } else {
            kind.rename(nameJa.strip(), nameEn.strip(), sortOrder);
        }
        return kind;
    }

    /** Retires a kind from the lists of new events (events of that kind keep it), or brings it back. */
    public void setKindActive(String code, boolean active) {
        EventKind kind = em.find(EventKind.class, code);
        if (kind != null) {
            kind.setActive(active);
        }
    }

    public List<DeskSummary> desks() {
        return desks.activeDesks();
    }

    /** Active members by reading: a small read-only look at the member register for the "related members" list. */
    public List<MemberChoice> memberChoices() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, name FROM member WHERE status = 'ACTIVE' ORDER BY kana").getResultList();
        return rows.stream().map(r -> new MemberChoice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** The form of an existing event. */
    public EventForm form(long id) {
        ProjectEvent e = get(id);
        EventForm form = new EventForm();
        form.setId(e.getId());
        form.setTitle(e.getTitle());
        form.setKindCode(e.getKind().getCode());
        form.setSummary(e.getSummary());
        form.setDescription(e.getDescription());
        form.setAudience(e.getAudience());
        form.setFee(e.getFee());
        form.setDeskId(e.getDeskId());
        form.setVenue(e.getVenue());
        form.setVenueAddress(e.getVenueAddress());
        form.setOnlineUrl(e.getOnlineUrl());
        form.setStartsOn(e.getStartsOn());
        form.setEndsOn(e.getEndsOn());
        form.setStartTime(e.getStartTime());
        form.setEndTime(e.getEndTime());
        form.setStatus(e.getStatus());
        form.setPublishAt(local(e.getPublishAt()));
        form.setSignupEnabled(e.isSignupEnabled());
        form.setCapacity(e.getCapacity());
        form.setApprovalRequired(e.isApprovalRequired());
        form.setSignupOpensAt(local(e.getSignupOpensAt()));
        form.setSignupClosesAt(local(e.getSignupClosesAt()));
        form.setReminderDays(e.getReminderDays());
        form.setQuestions(e.getQuestions());
        form.setAttendance(e.getAttendance());
        form.setReport(e.getReport());
        form.setRelatedMemberIds(new ArrayList<>(e.getRelatedMemberIds()));
        for (Organiser o : e.getOrganisers()) {
            form.getOrganisers().add(new EventForm.OrganiserLine(o.getRole(), o.getName()));
        }
        for (ProgrammePart p : e.getParts()) {
            EventForm.PartForm part = new EventForm.PartForm();
            part.setHeading(p.getHeading());
            part.setTitle(p.getTitle());
            part.setSummary(p.getSummary());
            part.setStartTime(p.getStartTime());
            part.setEndTime(p.getEndTime());
            for (Speaker s : p.getSpeakers()) {
                part.getSpeakers().add(new EventForm.SpeakerForm(s.getName(), s.getTitle(), s.getAffiliation(),
                        s.getTalkTitle(), s.getMaterialsId()));
            }
            form.getParts().add(part);
        }
        for (EventStop s : e.getStops()) {
            form.getStops().add(new EventForm.StopForm(s.getVenue(), s.getAddress(), s.getStartsOn(), s.getEndsOn()));
        }
        if (!e.getOrganiserAccountIds().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> names = em.createNativeQuery("SELECT username FROM account WHERE id IN ("
                    + String.join(",", e.getOrganiserAccountIds().stream().map(String::valueOf).toList())
                    + ") ORDER BY username").getResultList();
            form.setOrganiserUsernames(String.join(", ", names));
        }
        return form;
    }

    /** Creates or updates the event; returns its id. */
    public long save(EventForm form) {
        List<EventForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new EventException(problems.get(0).messageKey());
        }
        EventKind kind = em.find(EventKind.class, form.getKindCode());
        if (kind == null) {
            throw new EventException("admin.events.edit.message.kindRequired");
        }
        if (form.getDeskId() != null && desks.findDesk(form.getDeskId()).isEmpty()) {
            throw new EventException("admin.events.edit.message.deskUnknown");
        }
        var endsOn = form.getEndsOn() == null ? form.getStartsOn() : form.getEndsOn();
        ProjectEvent event;
        EventStatus previous = null;
        if (form.getId() == null) {
            event = new ProjectEvent(form.getTitle().strip(), kind, form.getSummary().strip(), form.getVenue().strip(),
                    form.getStartsOn(), endsOn);
        } else {
            event = get(form.getId());
            previous = event.getStatus();
            event.describe(form.getTitle().strip(), kind, form.getSummary().strip(), form.getVenue().strip(),
                    form.getStartsOn(), endsOn);
        }
        // A select left out of a post arrives as null: the safe defaults are public and draft.
        event.details(EventForm.trimmed(form.getDescription()),
                form.getAudience() == null ? Audience.PUBLIC : form.getAudience(), EventForm.trimmed(form.getFee()),
                form.getDeskId(), EventForm.trimmed(form.getVenueAddress()), EventForm.trimmed(form.getOnlineUrl()),
                form.getStartTime(), form.getEndTime());
        event.signupSettings(form.isSignupEnabled(), form.getCapacity(), form.isApprovalRequired(),
                instant(form.getSignupOpensAt()), instant(form.getSignupClosesAt()), form.getReminderDays(),
                EventForm.trimmed(form.getQuestions()));
        event.changeStatus(form.getStatus() == null ? EventStatus.DRAFT : form.getStatus(),
                instant(form.getPublishAt()));
        event.recordReport(form.getAttendance(), EventForm.trimmed(form.getReport()));
        event.replaceOrganisers(form.getOrganisers().stream().filter(o -> !o.isBlank())
                .map(o -> new Organiser(o.getRole() == null ? OrganiserRole.HOST : o.getRole(), o.getName().strip()))
                .toList());
        event.replaceRelatedMembers(new LinkedHashSet<>(form.getRelatedMemberIds()));
        event.replaceOrganiserAccounts(organiserAccounts(form.getOrganiserUsernames()));
        if (event.getId() == null) {
            // Persisted only now: the look-ups above may flush, and every column must be set by then.
            em.persist(event);
        }
        List<ProgrammePart> parts = new ArrayList<>();
        for (EventForm.PartForm p : form.getParts()) {
            if (p.isBlank()) {
                continue;
            }
            ProgrammePart part = new ProgrammePart(p.getHeading().strip(), EventForm.trimmed(p.getTitle()),
                    EventForm.trimmed(p.getSummary()), p.getStartTime(), p.getEndTime());
            for (EventForm.SpeakerForm s : p.getSpeakers()) {
                if (!s.isBlank()) {
                    part.addSpeaker(new Speaker(s.getName().strip(), EventForm.trimmed(s.getTitle()),
                            EventForm.trimmed(s.getAffiliation()), EventForm.trimmed(s.getTalkTitle()),
                            materialsOf(event, s.getMaterialsId())));
                }
            }
            parts.add(part);
        }
        event.replaceParts(parts);
        event.replaceStops(form.getStops().stream().filter(s -> !s.isBlank())
                .map(s -> new EventStop(s.getVenue().strip(), EventForm.trimmed(s.getAddress()), s.getStartsOn(),
                        s.getEndsOn())).toList());
        em.flush();
        if (previous != null && previous != EventStatus.CANCELLED && event.getStatus() == EventStatus.CANCELLED) {
            workflow.notifyCancelled(event);
        }
        if (previous != null && event.getStatus() == EventStatus.PUBLISHED && event.isSignupEnabled()) {
            // A larger capacity frees seats: the waitlist moves up at once, in order, and is mailed.
            workflow.promote(workflow.lock(event.getId()));
        }
        return event.getId();
    }

    public void changeStatus(long id, EventStatus status) {
        get(id).changeStatus(status, null);
    }

    /** Stores a file after checking its type by content: PDFs for flyers and materials, images for photos. */
    public EventFile addFile(long eventId, FilePurpose purpose, String fileName, byte[] content, String caption) {
        get(eventId);
        if (content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new EventException("admin.events.files.message.size");
        }
        String type;
        try {
            // By content only: a name ending in .pdf proves nothing.
            type = TIKA.detect(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean pdf = "application/pdf".equals(type);
        boolean image = "image/png".equals(type) || "image/jpeg".equals(type);
        boolean allowed = switch (purpose) {
            case FLYER, MATERIALS -> pdf;
            case IMAGE, PHOTO -> image;
        };
        if (!allowed) {
            throw new EventException("admin.events.files.message.type");
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        EventFile file = new EventFile(eventId, purpose, name, type, EventForm.trimmed(caption), content);
        em.persist(file);
        return file;
    }

    public List<EventFile> files(long eventId) {
        return em.createQuery("SELECT f FROM EventFile f WHERE f.eventId = :event ORDER BY f.purpose, f.id",
                EventFile.class).setParameter("event", eventId).getResultList();
    }

    public void deleteFile(long fileId) {
        EventFile file = em.find(EventFile.class, fileId);
        if (file == null) {
            return;
        }
        em.createQuery("SELECT s FROM Speaker s WHERE s.materialsId = :file", Speaker.class)
                .setParameter("file", fileId).getResultList()
                .forEach(s -> em.createNativeQuery("UPDATE speaker SET materials_id = NULL WHERE id = ?")
                        .setParameter(1, s.getId()).executeUpdate());
        em.remove(file);
    }

    private Long materialsOf(ProjectEvent event, Long fileId) {
        if (fileId == null || event.getId() == null) {
            return null;
        }
        EventFile file = em.find(EventFile.class, fileId);
        return file != null && file.getEventId().equals(event.getId()) ? fileId : null;
    }

    /** Staff accounts named by user name (comma or space separated); unknown names are refused. */
    private Set<Long> organiserAccounts(String usernames) {
        Set<Long> ids = new LinkedHashSet<>();
        if (usernames == null || usernames.isBlank()) {
            return ids;
        }
        for (String name : usernames.split("[,、\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Number> found = em.createNativeQuery("SELECT id FROM account WHERE username = ?")
                    .setParameter(1, jp.tokyo23city.portal.account.boundary.AccountService.normalizeUsername(name)).getResultList();
            if (found.isEmpty()) {
                throw new EventException("admin.events.edit.message.organiserUnknown", name.strip());
            }
            ids.add(found.get(0).longValue());
        }
        return ids;
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(JapaneseDates.ZONE).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, JapaneseDates.ZONE);
    }
}
