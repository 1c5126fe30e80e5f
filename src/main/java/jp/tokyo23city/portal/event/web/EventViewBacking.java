package jp.tokyo23city.portal.event.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.event.boundary.SeatStatus;
import jp.tokyo23city.portal.event.control.StopSchedule;
import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.EventStop;
import jp.tokyo23city.portal.event.entity.FilePurpose;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.inquiry.boundary.DeskSummary;
import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * /events/view.xhtml?id=: one event with its programme and speakers, venue, dates in 和暦, sign-up status, the stops
 * of a touring exhibition, and after the event its report.
 */
@Named
@RequestScoped
public class EventViewBacking {

    @Inject
    EventService events;

    @Inject
    jp.tokyo23city.portal.event.boundary.SignupService signups;

    private Long id;
    private ProjectEvent event;
    private SeatStatus seats;
    private List<EventService.FileInfo> files;
    private DeskSummary desk;
    private List<String> memberNames;
    private StopSchedule stops;
    private String onlineUrl;

    public void open() throws IOException {
        event = id == null ? null : events.find(id).orElse(null);
        if (event == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        seats = events.seats(event);
        files = events.files(event.getId());
        desk = events.desk(event.getDeskId()).orElse(null);
        memberNames = events.memberNames(event.getRelatedMemberIds());
        stops = new StopSchedule(event.getStops(), JapaneseDates.today());
        onlineUrl = signups.onlineUrlForCaller(event).orElse(null);
    }

    /** The online URL, only for a signed-in participant whose sign-up is confirmed. */
    public String getOnlineUrl() {
        return onlineUrl;
    }

    public List<EventService.FileInfo> filesOf(String purpose) {
        FilePurpose wanted = FilePurpose.valueOf(purpose);
        return files.stream().filter(f -> f.purpose() == wanted).toList();
    }

    public EventService.FileInfo materials(Long fileId) {
        return fileId == null ? null : files.stream().filter(f -> f.id() == fileId).findFirst().orElse(null);
    }

    public boolean isHeld() {
        return event.getStatus() == EventStatus.HELD;
    }

    public boolean isCancelled() {
        return event.getStatus() == EventStatus.CANCELLED;
    }

    public String phase(EventStop stop) {
        return stops.phaseOf(stop).name();
    }

    public EventStop getCurrentStop() {
        return stops.current().orElse(null);
    }

    public EventStop getNextStop() {
        return stops.next().orElse(null);
    }

    public List<EventStop> getPastStops() {
        return stops.past();
    }

    public List<EventStop> getFutureStops() {
        return stops.future();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectEvent getEvent() {
        return event;
    }

    public SeatStatus getSeats() {
        return seats;
    }

    public DeskSummary getDesk() {
        return desk;
    }

    public List<String> getMemberNames() {
        return memberNames;
    }
}
