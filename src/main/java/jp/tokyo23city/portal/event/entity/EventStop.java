package jp.tokyo23city.portal.event.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A stop (巡回先) of a touring exhibition: a venue and the days the show is there. */
@Entity
@Table(name = "event_stop")
public class EventStop implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a stop stands relative to a day. */
    public enum Phase { PAST, CURRENT, FUTURE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false)
    private ProjectEvent event;

    @Column(nullable = false, length = ProjectEvent.VENUE_MAX)
    private String venue;

    @Column(length = ProjectEvent.ADDRESS_MAX)
    private String address;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected EventStop() {
    }

    public EventStop(String venue, String address, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A stop cannot end before it starts");
        }
        this.venue = venue;
        this.address = address;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    void attach(ProjectEvent event) {
        this.event = event;
    }

    public boolean isOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Phase phaseOn(LocalDate day) {
        if (day.isAfter(endsOn)) {
            return Phase.PAST;
        }
        return day.isBefore(startsOn) ? Phase.FUTURE : Phase.CURRENT;
    }

    public Long getId() {
        return id;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
