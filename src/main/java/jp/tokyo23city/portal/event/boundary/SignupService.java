package jp.tokyo23city.portal.event.boundary;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.event.control.SignupWorkflow;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.Signup;
import jp.tokyo23city.portal.event.entity.SignupStatus;
import jp.tokyo23city.portal.security.Roles;
import jp.tokyo23city.portal.security.SecretTokens;

/**
 * Sign-up for everyone: the public with their details, staff with their account (pre-filled, linked to their
 * member), and cancellation by the link of the mail.
 */
@Stateless
@PermitAll
public class SignupService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}ー・\\s　]+");
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");

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

    /** Where a sign-up stands, as the page shows it after a sign-up or before a cancellation. */
    public record Receipt(long signupId, SignupStatus status, String eventTitle, long eventId, String name)
            implements java.io.Serializable {
        public SignupStatus getStatus() {
            return status;
        }

        public String getEventTitle() {
            return eventTitle;
        }

        public long getEventId() {
            return eventId;
        }

        public String getName() {
            return name;
        }

        public long getSignupId() {
            return signupId;
        }
    }

    /** A field that is wrong, with its message key. */
    public record Problem(String field, String messageKey) {
    }

    /** The caller's details when signed in as staff, for pre-filling the form. */
    public Optional<SignupRequest> prefill() {
        if (!isStaff()) {
            return Optional.empty();
        }
        Account account = accounts.current();
        SignupRequest request = new SignupRequest();
        request.setName(account.getDisplayName());
        request.setEmail(account.getEmail());
        request.setOrganisation(account.getDisplayName());
        return Optional.of(request);
    }

    public List<Problem> problems(SignupRequest r, ProjectEvent event) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (blank(r.getName())) {
            problems.add(new Problem("name", "events.signup.message.nameRequired"));
        }
        String kana = normalize(r.getKana());
        if (kana == null) {
            problems.add(new Problem("kana", "events.signup.message.kanaRequired"));
        } else if (!KANA.matcher(toHiragana(kana)).matches()) {
            problems.add(new Problem("kana", "events.signup.message.kanaInvalid"));
        }
        String email = normalize(r.getEmail());
        if (email == null || !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("email", "events.signup.message.emailInvalid"));
        }
        String phone = normalize(r.getPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem("phone", "events.signup.message.phoneInvalid"));
        }
        List<String> questions = event.questionList();
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < r.getAnswers().size() ? r.getAnswers().get(i) : null;
            if (blank(answer)) {
                problems.add(new Problem(null, "events.signup.message.answerRequired"));
                break;
            }
        }
        return problems;
    }

    /** Signs up for the event: a seat while seats remain (先着順), else the waitlist; mails the person either way. */
    public Receipt signUp(long eventId, SignupRequest r) {
        ProjectEvent visible = events.find(eventId).orElseThrow(() -> new EventException("events.message.notFound"));
        if (!problems(r, visible).isEmpty()) {
            throw new EventException("events.signup.message.invalid");
        }
        ProjectEvent event = workflow.lock(eventId);
        if (!event.isSignupOpenAt(Instant.now())) {
            throw new EventException("events.signup.message.closed");
        }
        String email = normalize(r.getEmail()).toLowerCase(Locale.ROOT);
        long already = em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.eventId = :event AND s.email = :email "
                        + "AND s.status IN :active", Long.class)
                .setParameter("event", eventId).setParameter("email", email)
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED, SignupStatus.PENDING))
                .getSingleResult();
        if (already > 0) {
            throw new EventException("events.signup.message.duplicate");
        }
        Long accountId = null;
        Long memberId = null;
        if (isStaff()) {
            Account account = accounts.current();
            accountId = account.getId();
            memberId = account.getMemberId();
        }
        StringBuilder answers = new StringBuilder();
        List<String> questions = event.questionList();
        for (int i = 0; i < questions.size(); i++) {
            answers.append(questions.get(i)).append('：').append(r.getAnswers().get(i).strip()).append('\n');
        }
        Signup signup = workflow.register(event, accountId, memberId, r.getName().strip(),
                toHiragana(normalize(r.getKana())), normalize(r.getOrganisation()), email, normalize(r.getPhone()),
                answers.isEmpty() ? null : answers.toString().strip());
        return new Receipt(signup.getId(), signup.getStatus(), event.getTitle(), eventId, signup.getName());
    }

    /**
     * The online URL of the event, for a signed-in staff member whose own sign-up is confirmed: only participants
     * see it (the public get it in their confirmation mail).
     */
    public Optional<String> onlineUrlForCaller(ProjectEvent event) {
        if (event.getOnlineUrl() == null || !isStaff()) {
            return Optional.empty();
        }
        Long me = accounts.current().getId();
        long confirmed = em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.eventId = :event AND s.accountId = :me "
                        + "AND s.status = :confirmed", Long.class)
                .setParameter("event", event.getId()).setParameter("me", me)
                .setParameter("confirmed", SignupStatus.CONFIRMED).getSingleResult();
        return confirmed > 0 ? Optional.of(event.getOnlineUrl()) : Optional.empty();
    }

    /** The sign-up a cancel link belongs to, while it can still be cancelled. */
    public Optional<Receipt> findByCancelToken(String token) {
        return byCancelToken(token).filter(s -> s.getStatus().isActive()).map(s -> receipt(s));
    }

    /** Cancels by the link of the mail; the next on the waitlist moves up and is mailed. */
    public Receipt cancel(String token) {
        Signup found = byCancelToken(token).filter(s -> s.getStatus().isActive())
                .orElseThrow(() -> new EventException("events.cancel.message.invalid"));
        ProjectEvent event = workflow.lock(found.getEventId());
        Signup signup = em.find(Signup.class, found.getId());
        em.refresh(signup);
        if (!signup.getStatus().isActive()) {
            throw new EventException("events.cancel.message.invalid");
        }
        workflow.cancel(event, signup);
        return receipt(signup);
    }

    private Receipt receipt(Signup s) {
        ProjectEvent event = em.find(ProjectEvent.class, s.getEventId());
        return new Receipt(s.getId(), s.getStatus(), event.getTitle(), event.getId(), s.getName());
    }

    private Optional<Signup> byCancelToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Signup s WHERE s.cancelHash = :hash", Signup.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
    }

    private boolean isStaff() {
        return caller.isCallerInRole(Roles.ADMIN) || caller.isCallerInRole(Roles.WARD_STAFF)
                || caller.isCallerInRole(Roles.MEMBER_STAFF) || caller.isCallerInRole(Roles.DESK_CONTACT);
    }

    static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    /** カタカナ → ひらがな (the reading is kept in hiragana, as the rest of the portal does). */
    static String toHiragana(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
