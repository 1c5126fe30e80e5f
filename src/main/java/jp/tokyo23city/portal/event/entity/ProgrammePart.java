package jp.tokyo23city.portal.event.entity;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One part of a programme: 開会あいさつ, 第1部 講演, 第2部 対談 … with its time and speakers. */
@Entity
@Table(name = "programme_part")
public class ProgrammePart implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int HEADING_MAX = 100;
    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false)
    private ProjectEvent event;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = HEADING_MAX)
    private String heading;

    @Column(length = TITLE_MAX)
    private String title;

    @Column(length = SUMMARY_MAX)
    private String summary;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @OneToMany(mappedBy = "part", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    private List<Speaker> speakers = new ArrayList<>();

    protected ProgrammePart() {
    }

    public ProgrammePart(String heading, String title, String summary, LocalTime startTime, LocalTime endTime) {
        this.heading = heading;
        this.title = title;
        this.summary = summary;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    void attach(ProjectEvent event, int sortOrder) {
        this.event = event;
        this.sortOrder = sortOrder;
    }

    public ProgrammePart addSpeaker(Speaker speaker) {
        speaker.attach(this, speakers.size());
        speakers.add(speaker);
        return this;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getHeading() {
        return heading;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public List<Speaker> getSpeakers() {
        return List.copyOf(speakers);
    }
}
