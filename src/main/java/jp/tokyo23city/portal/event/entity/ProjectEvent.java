package jp.tokyo23city.portal.event.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event the project runs: a lecture, an exchange meeting, an exhibition or a touring exhibition. */
@Entity
@Table(name = "project_event")
public class ProjectEvent {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EventKind kind;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, length = 200)
    private String venue;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected ProjectEvent() {
    }

    public ProjectEvent(String title, EventKind kind, String summary, String venue, LocalDate startsOn,
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
        this.published = true;
        this.createdAt = Instant.now();
    }

    public boolean isOneDay() {
        return startsOn.equals(endsOn);
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

    public String getVenue() {
        return venue;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isPublished() {
        return published;
    }
}
