package jp.tokyo23city.portal.event.boundary;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.event.control.OrganiserAccess;
import jp.tokyo23city.portal.event.control.ParticipantExportWriter;
import jp.tokyo23city.portal.event.control.SignupMails;
import jp.tokyo23city.portal.event.control.SignupWorkflow;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.Signup;
import jp.tokyo23city.portal.event.entity.SignupStatus;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;
import jp.tokyo23city.portal.security.SecretTokens;

/**
 * What organisers do with the people who signed up: the list, approval, check-in (from the list or the QR code of
 * the confirmation mail), exports and a mail to all. Every method checks that the caller organises the event:
 * participants' personal data is for organisers only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF, Roles.DESK_CONTACT})
public class ParticipantService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AccountService accounts;

    @Inject
    SignupWorkflow workflow;

    @Inject
    MailOutbox outbox;

    /** The export formats. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv; charset=UTF-8", "csv");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** The outcome of a check-in by QR code. */
    public record CheckIn(long eventId, String eventTitle, String name, boolean already, SignupStatus status)
            implements java.io.Serializable {
        public long getEventId() {
            return eventId;
        }

        public String getEventTitle() {
            return eventTitle;
        }

        public String getName() {
            return name;
        }

        public boolean isAlready() {
            return already;
        }

        public boolean isConfirmed() {
            return status == SignupStatus.CONFIRMED;
        }
    }

    /** Events the caller organises: all for admins. */
    public List<ProjectEvent> organised() {
        if (caller.isCallerInRole(Roles.ADMIN)) {
            return em.createQuery("SELECT e FROM ProjectEvent e WHERE e.signupEnabled = TRUE "
                    + "ORDER BY e.startsOn DESC, e.id DESC", ProjectEvent.class).getResultList();
        }
        Long me = accounts.current().getId();
        return em.createQuery("SELECT e FROM ProjectEvent e JOIN e.organiserAccountIds a WHERE a = :me "
                + "ORDER BY e.startsOn DESC, e.id DESC", ProjectEvent.class).setParameter("me", me).getResultList();
    }

    /** The event, if the caller organises it; otherwise {@link EventAccessException}. */
    public ProjectEvent event(long eventId) {
        ProjectEvent event = em.find(ProjectEvent.class, eventId);
        if (event == null) {
            throw new EventAccessException(eventId);
        }
        requireOrganiser(event);
        return event;
    }

    public List<Signup> participants(long eventId) {
        event(eventId);
        return em.createQuery("SELECT s FROM Signup s WHERE s.eventId = :event ORDER BY s.createdAt, s.id", Signup.class)
                .setParameter("event", eventId).getResultList();
    }

    public void checkIn(long eventId, long signupId) {
        signupOf(eventId, signupId).checkIn(Instant.now());
    }

    public void undoCheckIn(long eventId, long signupId) {
        signupOf(eventId, signupId).undoCheckIn();
    }

    /** Checks in the holder of a QR code; only an organiser of that event may. */
    public Optional<CheckIn> checkInByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Signup> found = em.createQuery("SELECT s FROM Signup s WHERE s.checkinHash = :hash", Signup.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Signup signup = found.get();
        ProjectEvent event = event(signup.getEventId());
        boolean already = signup.isCheckedIn();
        if (signup.getStatus() == SignupStatus.CONFIRMED) {
            signup.checkIn(Instant.now());
        }
        return Optional.of(new CheckIn(event.getId(), event.getTitle(), signup.getName(), already, signup.getStatus()));
    }

    public void approve(long eventId, long signupId) {
        ProjectEvent event = event(eventId);
        Signup signup = signupOf(eventId, signupId);
        if (signup.getStatus() == SignupStatus.PENDING) {
            workflow.approve(workflow.lock(event.getId()), signup);
        }
    }

    public void reject(long eventId, long signupId) {
        ProjectEvent event = event(eventId);
        Signup signup = signupOf(eventId, signupId);
        if (signup.getStatus().isActive()) {
            workflow.reject(workflow.lock(event.getId()), signup);
        }
    }

    /** Sends the reminder now to confirmed participants not yet reminded; returns how many. */
    public int remindNow(long eventId) {
        return workflow.remind(event(eventId));
    }

    public byte[] export(long eventId, Format format) {
        List<ParticipantExportWriter.Row> rows = participants(eventId).stream()
                .map(s -> new ParticipantExportWriter.Row(s.getId(), statusLabel(s.getStatus()), s.getName(),
                        s.getKana(), s.getOrganisation(), s.getEmail(), s.getPhone(), s.getAnswers(),
                        JapaneseDates.dateTime(s.getCreatedAt()), JapaneseDates.dateTime(s.getCheckedInAt())))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == Format.XLSX) {
            ParticipantExportWriter.writeXlsx(rows, out);
        } else {
            ParticipantExportWriter.writeCsv(rows, out);
        }
        return out.toByteArray();
    }

    /** Mails every confirmed participant (and, if asked, the waitlist); returns how many. */
    public int mailAll(long eventId, String subject, String body, boolean includeWaitlist) {
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new EventException("events.organise.message.mailRequired");
        }
        ProjectEvent event = event(eventId);
        int sent = 0;
        for (Signup s : participants(eventId)) {
            if (s.getStatus() == SignupStatus.CONFIRMED
                    || includeWaitlist && s.getStatus() == SignupStatus.WAITLISTED) {
                outbox.queue(s.getEmail(), subject.strip(), SignupMails.organiserMail(event, s, body.strip()));
                sent++;
            }
        }
        return sent;
    }

    static String statusLabel(SignupStatus status) {
        return switch (status) {
            case CONFIRMED -> "参加確定";
            case WAITLISTED -> "キャンセル待ち";
            case PENDING -> "承認待ち";
            case CANCELLED -> "キャンセル";
            case REJECTED -> "不承認";
        };
    }

    private Signup signupOf(long eventId, long signupId) {
        event(eventId);
        Signup signup = em.find(Signup.class, signupId);
        if (signup == null || !signup.getEventId().equals(eventId)) {
            throw new EventAccessException(eventId);
        }
        return signup;
    }

    private void requireOrganiser(ProjectEvent event) {
        boolean admin = caller.isCallerInRole(Roles.ADMIN);
        Long me = admin ? null : accounts.current().getId();
        if (!OrganiserAccess.mayManage(admin, me, event)) {
            throw new EventAccessException(event.getId());
        }
    }
}
