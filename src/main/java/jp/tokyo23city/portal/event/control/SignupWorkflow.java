package jp.tokyo23city.portal.event.control;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.Signup;
import jp.tokyo23city.portal.event.entity.SignupStatus;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.mail.entity.MailAttachment;
import jp.tokyo23city.portal.security.SecretTokens;

/**
 * The seat bookkeeping and mails of sign-ups, shared by the public sign-up, the organisers' pages and the reminder
 * job. No role check here: only boundaries (which check) and the timer (which runs as nobody) call it. Every change
 * of seats happens with the event row locked, so two people never take the last seat together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SignupWorkflow {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The event, locked for a change of seats. */
    public ProjectEvent lock(long eventId) {
        return em.find(ProjectEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    public long count(long eventId, SignupStatus status) {
        return em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.eventId = :event AND s.status = :status",
                Long.class).setParameter("event", eventId).setParameter("status", status).getSingleResult();
    }

    /** Registers a sign-up on the locked event and mails the person where they stand. */
    public Signup register(ProjectEvent event, Long accountId, Long memberId, String name, String kana,
                           String organisation, String email, String phone, String answers) {
        SignupStatus status = SeatPlan.forNewSignup(event.getCapacity(), count(event.getId(), SignupStatus.CONFIRMED),
                event.isApprovalRequired());
        String cancel = SecretTokens.newSecret();
        Signup signup = new Signup(event.getId(), status, accountId, memberId, name, kana, organisation, email, phone,
                answers, SecretTokens.hash(cancel), SecretTokens.hash(SecretTokens.newSecret()), Instant.now());
        em.persist(signup);
        em.flush();
        switch (status) {
            case CONFIRMED -> mailConfirmed(event, signup, false);
            case WAITLISTED -> outbox.queue(email, SignupMails.waitlistedSubject(event),
                    SignupMails.waitlisted(event, signup, cancelUrl(cancel)));
            default -> outbox.queue(email, SignupMails.pendingSubject(event),
                    SignupMails.pending(event, signup, cancelUrl(cancel)));
        }
        return signup;
    }

    /** Cancels a sign-up of the locked event; a freed seat goes to the waitlist. */
    public void cancel(ProjectEvent event, Signup signup) {
        boolean heldSeat = signup.getStatus() == SignupStatus.CONFIRMED;
        signup.cancel(Instant.now());
        outbox.queue(signup.getEmail(), SignupMails.cancelledSubject(event), SignupMails.cancelled(event, signup));
        if (heldSeat) {
            promote(event);
        }
    }

    /** Approves a pending sign-up of the locked event: a seat if one is free, else the waitlist. */
    public void approve(ProjectEvent event, Signup signup) {
        SignupStatus next = SeatPlan.onApproval(event.getCapacity(), count(event.getId(), SignupStatus.CONFIRMED));
        signup.moveTo(next);
        if (next == SignupStatus.CONFIRMED) {
            mailConfirmed(event, signup, false);
        } else {
            String cancel = SecretTokens.newSecret();
            signup.newSecrets(SecretTokens.hash(cancel), SecretTokens.hash(SecretTokens.newSecret()));
            outbox.queue(signup.getEmail(), SignupMails.waitlistedSubject(event),
                    SignupMails.waitlisted(event, signup, cancelUrl(cancel)));
        }
    }

    public void reject(ProjectEvent event, Signup signup) {
        boolean heldSeat = signup.getStatus() == SignupStatus.CONFIRMED;
        signup.moveTo(SignupStatus.REJECTED);
        outbox.queue(signup.getEmail(), SignupMails.rejectedSubject(event), SignupMails.rejected(event, signup));
        if (heldSeat) {
            promote(event);
        }
    }

    /** Moves the oldest waitlisted sign-ups into free seats and mails each of them. */
    public List<Signup> promote(ProjectEvent event) {
        List<Signup> waiting = em.createQuery("SELECT s FROM Signup s WHERE s.eventId = :event AND s.status = :waiting "
                        + "ORDER BY s.createdAt, s.id", Signup.class)
                .setParameter("event", event.getId()).setParameter("waiting", SignupStatus.WAITLISTED).getResultList();
        int seats = SeatPlan.promotions(event.getCapacity(), count(event.getId(), SignupStatus.CONFIRMED),
                waiting.size());
        List<Signup> promoted = new ArrayList<>(waiting.subList(0, seats));
        for (Signup signup : promoted) {
            signup.moveTo(SignupStatus.CONFIRMED);
            mailConfirmed(event, signup, true);
        }
        return promoted;
    }

    /**
     * Mails the confirmation with fresh cancel and check-in links (only their hashes are kept), the QR code of the
     * check-in link and the event's .ics.
     */
    public void mailConfirmed(ProjectEvent event, Signup signup, boolean promoted) {
        String cancel = SecretTokens.newSecret();
        String checkin = SecretTokens.newSecret();
        signup.newSecrets(SecretTokens.hash(cancel), SecretTokens.hash(checkin));
        String checkinUrl = baseUrl + "/events/organise/checkin.xhtml?token=" + checkin;
        List<MailAttachment> attachments = List.of(
                new MailAttachment("event.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        EventCalendar.write(List.of(event), baseUrl, host())),
                new MailAttachment("checkin-qr.png", "image/png", QrCode.png(checkinUrl, 300)));
        outbox.queue(signup.getEmail(), SignupMails.confirmedSubject(event),
                SignupMails.confirmed(event, signup, cancelUrl(cancel), checkinUrl, pageUrl(event), promoted),
                attachments);
    }

    /** Reminders for confirmed participants of events starting within their reminder days; each is sent once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int sendReminders(LocalDate today) {
        List<ProjectEvent> events = em.createQuery("SELECT e FROM ProjectEvent e WHERE e.status = :published "
                        + "AND e.signupEnabled = TRUE AND e.reminderDays IS NOT NULL AND e.startsOn >= :today",
                        ProjectEvent.class)
                .setParameter("published", EventStatus.PUBLISHED).setParameter("today", today).getResultList();
        int sent = 0;
        for (ProjectEvent event : events) {
            if (ReminderRule.isDue(today, event.getStartsOn(), event.getReminderDays())) {
                sent += remind(event);
            }
        }
        return sent;
    }

    /** Reminds every confirmed participant of the event not yet reminded; returns how many. */
    public int remind(ProjectEvent event) {
        List<Signup> due = em.createQuery("SELECT s FROM Signup s WHERE s.eventId = :event AND s.status = :confirmed "
                        + "AND s.remindedAt IS NULL", Signup.class)
                .setParameter("event", event.getId()).setParameter("confirmed", SignupStatus.CONFIRMED)
                .getResultList();
        for (Signup signup : due) {
            outbox.queue(signup.getEmail(), SignupMails.reminderSubject(event),
                    SignupMails.reminder(event, signup, pageUrl(event)),
                    List.of(new MailAttachment("event.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                            EventCalendar.write(List.of(event), baseUrl, host()))));
            signup.reminded(Instant.now());
        }
        return due.size();
    }

    /** Tells everyone still signed up that the event is cancelled (中止). */
    public void notifyCancelled(ProjectEvent event) {
        List<Signup> active = em.createQuery("SELECT s FROM Signup s WHERE s.eventId = :event AND s.status IN :active",
                        Signup.class).setParameter("event", event.getId())
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED, SignupStatus.PENDING))
                .getResultList();
        for (Signup signup : active) {
            outbox.queue(signup.getEmail(), SignupMails.eventCancelledSubject(event),
                    SignupMails.eventCancelled(event, signup));
        }
    }

    public String cancelUrl(String secret) {
        return baseUrl + "/events/cancel.xhtml?token=" + secret;
    }

    public String pageUrl(ProjectEvent event) {
        return baseUrl + "/events/view.xhtml?id=" + event.getId();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The host of the base URL, for iCalendar UIDs. */
    public String host() {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? "localhost" : host;
        } catch (IllegalArgumentException e) {
            return "localhost";
        }
    }
}
