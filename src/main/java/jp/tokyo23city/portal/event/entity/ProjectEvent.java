package jp.tokyo23city.portal.event.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An event the project runs: a lecture with its programme, an exchange meeting, an exhibition over weeks or a touring
 * exhibition with its stops. Visible to the public once published and its publishing time has come; sign-up follows
 * the settings here (capacity 先着順, waitlist, approval, period).
 */
@Entity
@Table(name = "project_event")
public class ProjectEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int VENUE_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int URL_MAX = 500;
    public static final int FEE_MAX = 200;
    public static final int QUESTIONS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "kind", nullable = false)
    private EventKind kind;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Lob
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventStatus status;

    /** When a published event becomes visible; null means at once. */
    @Column(name = "publish_at")
    private Instant publishAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    /** Null: free (無料). */
    @Column(length = FEE_MAX)
    private String fee;

    @Column(name = "desk_id")
    private Long deskId;

    @Column(nullable = false, length = VENUE_MAX)
    private String venue;

    @Column(name = "venue_address", length = ADDRESS_MAX)
    private String venueAddress;

    /** Shown only to participants (in their confirmation mail). */
    @Column(name = "online_url", length = URL_MAX)
    private String onlineUrl;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(name = "signup_enabled", nullable = false)
    private boolean signupEnabled;

    /** Null: no limit. */
    private Integer capacity;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "signup_opens_at")
    private Instant signupOpensAt;

    /** Null: sign-up closes when the event starts. */
    @Column(name = "signup_closes_at")
    private Instant signupClosesAt;

    /** Days before the event the reminder goes out; null: no reminder. */
    @Column(name = "reminder_days")
    private Integer reminderDays;

    /** The event's own questions, one per line. */
    @Column(length = QUESTIONS_MAX)
    private String questions;

    private Integer attendance;

    @Lob
    private String report;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "sort_order")
    private List<Organiser> organisers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_related_member", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "member_id")
    private Set<Long> relatedMemberIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_organiser_account", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "account_id")
    private Set<Long> organiserAccountIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProgrammePart> parts = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsOn")
    private List<EventStop> stops = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected ProjectEvent() {
    }

    /** A new draft. */
    public ProjectEvent(String title, EventKind kind, String summary, String venue, LocalDate startsOn,
                        LocalDate endsOn) {
        this.status = EventStatus.DRAFT;
        this.audience = Audience.PUBLIC;
        this.createdAt = Instant.now();
        describe(title, kind, summary, venue, startsOn, endsOn);
    }

    public final void describe(String title, EventKind kind, String summary, String venue, LocalDate startsOn,
                               LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
        this.title = title;
        this.kind = kind;
        this.summary = summary;
        this.venue = venue;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.updatedAt = Instant.now();
    }

    public void details(String description, Audience audience, String fee, Long deskId, String venueAddress,
                        String onlineUrl, LocalTime startTime, LocalTime endTime) {
        this.description = description;
        this.audience = audience;
        this.fee = fee;
        this.deskId = deskId;
        this.venueAddress = venueAddress;
        this.onlineUrl = onlineUrl;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public void signupSettings(boolean enabled, Integer capacity, boolean approvalRequired, Instant opensAt,
                               Instant closesAt, Integer reminderDays, String questions) {
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("capacity");
        }
        this.signupEnabled = enabled;
        this.capacity = capacity;
        this.approvalRequired = approvalRequired;
        this.signupOpensAt = opensAt;
        this.signupClosesAt = closesAt;
        this.reminderDays = reminderDays;
        this.questions = questions;
    }

    public void changeStatus(EventStatus status, Instant publishAt) {
        this.status = status;
        this.publishAt = status == EventStatus.PUBLISHED ? publishAt : this.publishAt;
    }

    public void recordReport(Integer attendance, String report) {
        this.attendance = attendance;
        this.report = report;
    }

    public void replaceOrganisers(List<Organiser> organisers) {
        this.organisers.clear();
        this.organisers.addAll(organisers);
    }

    public void replaceRelatedMembers(Set<Long> memberIds) {
        relatedMemberIds.clear();
        relatedMemberIds.addAll(memberIds);
    }

    public void replaceOrganiserAccounts(Set<Long> accountIds) {
        organiserAccountIds.clear();
        organiserAccountIds.addAll(accountIds);
    }

    public void replaceParts(List<ProgrammePart> newParts) {
        parts.clear();
        int order = 0;
        for (ProgrammePart part : newParts) {
            part.attach(this, order++);
            parts.add(part);
        }
    }

    public void replaceStops(List<EventStop> newStops) {
        stops.clear();
        for (EventStop stop : newStops) {
            stop.attach(this);
            stops.add(stop);
        }
    }

    /** Visible to the public: published (or over) and its publishing time has come. */
    public boolean isVisibleAt(Instant now) {
        return status != EventStatus.DRAFT && (publishAt == null || !publishAt.isAfter(now));
    }

    /** Whether a new sign-up is taken at this moment. */
    public boolean isSignupOpenAt(Instant now) {
        if (!signupEnabled || status != EventStatus.PUBLISHED || !isVisibleAt(now)) {
            return false;
        }
        if (signupOpensAt != null && now.isBefore(signupOpensAt)) {
            return false;
        }
        Instant closes = signupClosesAt != null ? signupClosesAt : startInstant();
        return now.isBefore(closes);
    }

    /** When the event starts, in Japan time (the start of its first day without a time). */
    public Instant startInstant() {
        LocalTime time = startTime == null ? LocalTime.MIDNIGHT : startTime;
        return startsOn.atTime(time).atZone(jp.tokyo23city.portal.platform.JapaneseDates.ZONE).toInstant();
    }

    public boolean isOneDay() {
        return startsOn.equals(endsOn);
    }

    public boolean isOrganisedBy(Long accountId) {
        return accountId != null && organiserAccountIds.contains(accountId);
    }

    /** The stop on show on the given day, if any. */
    public Optional<EventStop> stopOn(LocalDate day) {
        return stops.stream().filter(s -> s.isOn(day)).findFirst();
    }

    public List<String> questionList() {
        if (questions == null || questions.isBlank()) {
            return List.of();
        }
        return questions.lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public EventStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getFee() {
        return fee;
    }

    public boolean isFree() {
        return fee == null || fee.isBlank();
    }

    public Long getDeskId() {
        return deskId;
    }

    public String getVenue() {
        return venue;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public boolean isSignupEnabled() {
        return signupEnabled;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public Instant getSignupOpensAt() {
        return signupOpensAt;
    }

    public Instant getSignupClosesAt() {
        return signupClosesAt;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public String getQuestions() {
        return questions;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public String getReport() {
        return report;
    }

    public List<Organiser> getOrganisers() {
        return List.copyOf(organisers);
    }

    public Set<Long> getRelatedMemberIds() {
        return Set.copyOf(relatedMemberIds);
    }

    public Set<Long> getOrganiserAccountIds() {
        return Set.copyOf(organiserAccountIds);
    }

    public List<ProgrammePart> getParts() {
        return List.copyOf(parts);
    }

    public List<EventStop> getStops() {
        return List.copyOf(stops);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @deprecated status replaced the flag; kept for the home page's first shape. */
    @Deprecated
    public boolean isPublished() {
        return status != EventStatus.DRAFT;
    }
}
