package jp.tokyo23city.portal.event.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jp.tokyo23city.portal.event.entity.Audience;
import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.OrganiserRole;

/** What the admin edits of an event, including its programme, stops and sign-up settings. */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String title;
    private String kindCode;
    private String summary;
    private String description;
    private Audience audience = Audience.PUBLIC;
    private String fee;
    private Long deskId;
    private String venue;
    private String venueAddress;
    private String onlineUrl;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalTime startTime;
    private LocalTime endTime;
    private EventStatus status = EventStatus.DRAFT;
    private LocalDateTime publishAt;
    private boolean signupEnabled;
    private Integer capacity;
    private boolean approvalRequired;
    private LocalDateTime signupOpensAt;
    private LocalDateTime signupClosesAt;
    private Integer reminderDays;
    private String questions;
    private String organiserUsernames;
    private List<Long> relatedMemberIds = new ArrayList<>();
    private List<OrganiserLine> organisers = new ArrayList<>();
    private List<PartForm> parts = new ArrayList<>();
    private List<StopForm> stops = new ArrayList<>();
    private Integer attendance;
    private String report;

    /** A body in an organiser role. */
    public static class OrganiserLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private OrganiserRole role = OrganiserRole.HOST;
        private String name;

        public OrganiserLine() {
        }

        public OrganiserLine(OrganiserRole role, String name) {
            this.role = role;
            this.name = name;
        }

        public boolean isBlank() {
            return name == null || name.isBlank();
        }

        public OrganiserRole getRole() {
            return role;
        }

        public void setRole(OrganiserRole role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** A programme part with its speakers. */
    public static class PartForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String heading;
        private String title;
        private String summary;
        private LocalTime startTime;
        private LocalTime endTime;
        private List<SpeakerForm> speakers = new ArrayList<>();

        public boolean isBlank() {
            return blank(heading) && blank(title) && blank(summary) && startTime == null
                    && speakers.stream().allMatch(SpeakerForm::isBlank);
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public LocalTime getStartTime() {
            return startTime;
        }

        public void setStartTime(LocalTime startTime) {
            this.startTime = startTime;
        }

        public LocalTime getEndTime() {
            return endTime;
        }

        public void setEndTime(LocalTime endTime) {
            this.endTime = endTime;
        }

        public List<SpeakerForm> getSpeakers() {
            return speakers;
        }
    }

    /** A speaker of a part. */
    public static class SpeakerForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String title;
        private String affiliation;
        private String talkTitle;
        private Long materialsId;

        public SpeakerForm() {
        }

        public SpeakerForm(String name, String title, String affiliation, String talkTitle, Long materialsId) {
            this.name = name;
            this.title = title;
            this.affiliation = affiliation;
            this.talkTitle = talkTitle;
            this.materialsId = materialsId;
        }

        public boolean isBlank() {
            return blank(name) && blank(title) && blank(affiliation) && blank(talkTitle);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getAffiliation() {
            return affiliation;
        }

        public void setAffiliation(String affiliation) {
            this.affiliation = affiliation;
        }

        public String getTalkTitle() {
            return talkTitle;
        }

        public void setTalkTitle(String talkTitle) {
            this.talkTitle = talkTitle;
        }

        public Long getMaterialsId() {
            return materialsId;
        }

        public void setMaterialsId(Long materialsId) {
            this.materialsId = materialsId;
        }
    }

    /** A stop of a touring exhibition. */
    public static class StopForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String venue;
        private String address;
        private LocalDate startsOn;
        private LocalDate endsOn;

        public StopForm() {
        }

        public StopForm(String venue, String address, LocalDate startsOn, LocalDate endsOn) {
            this.venue = venue;
            this.address = address;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
        }

        public boolean isBlank() {
            return blank(venue) && blank(address) && startsOn == null && endsOn == null;
        }

        public String getVenue() {
            return venue;
        }

        public void setVenue(String venue) {
            this.venue = venue;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }

    /** A problem of one field: the input id (relative to the form) and the message key. */
    public record Problem(String field, String messageKey) {
    }

    /** What is wrong, field by field; empty when the form can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (blank(title)) {
            problems.add(new Problem("title", "admin.events.edit.message.titleRequired"));
        }
        if (blank(kindCode)) {
            problems.add(new Problem("kind", "admin.events.edit.message.kindRequired"));
        }
        if (blank(summary)) {
            problems.add(new Problem("summary", "admin.events.edit.message.summaryRequired"));
        }
        if (blank(venue)) {
            problems.add(new Problem("venue", "admin.events.edit.message.venueRequired"));
        }
        if (startsOn == null) {
            problems.add(new Problem("startsOn", "admin.events.edit.message.startsOnRequired"));
        } else if (endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new Problem("endsOn", "admin.events.edit.message.endsBeforeStart"));
        }
        if (signupEnabled && capacity != null && capacity < 1) {
            problems.add(new Problem("capacity", "admin.events.edit.message.capacityInvalid"));
        }
        if (reminderDays != null && (reminderDays < 1 || reminderDays > 60)) {
            problems.add(new Problem("reminderDays", "admin.events.edit.message.reminderDaysInvalid"));
        }
        if (onlineUrl != null && !onlineUrl.isBlank() && !onlineUrl.matches("https?://\\S+")) {
            problems.add(new Problem("onlineUrl", "admin.events.edit.message.onlineUrlInvalid"));
        }
        for (PartForm part : parts) {
            if (!part.isBlank() && blank(part.heading)) {
                problems.add(new Problem(null, "admin.events.edit.message.partHeadingRequired"));
            }
            for (SpeakerForm speaker : part.speakers) {
                if (!speaker.isBlank() && blank(speaker.name)) {
                    problems.add(new Problem(null, "admin.events.edit.message.speakerNameRequired"));
                }
            }
        }
        for (StopForm stop : stops) {
            if (!stop.isBlank() && (blank(stop.venue) || stop.startsOn == null || stop.endsOn == null
                    || stop.endsOn.isBefore(stop.startsOn))) {
                problems.add(new Problem(null, "admin.events.edit.message.stopIncomplete"));
            }
        }
        return problems;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKindCode() {
        return kindCode;
    }

    public void setKindCode(String kindCode) {
        this.kindCode = kindCode;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public Long getDeskId() {
        return deskId;
    }

    public void setDeskId(Long deskId) {
        this.deskId = deskId;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public boolean isSignupEnabled() {
        return signupEnabled;
    }

    public void setSignupEnabled(boolean signupEnabled) {
        this.signupEnabled = signupEnabled;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public LocalDateTime getSignupOpensAt() {
        return signupOpensAt;
    }

    public void setSignupOpensAt(LocalDateTime signupOpensAt) {
        this.signupOpensAt = signupOpensAt;
    }

    public LocalDateTime getSignupClosesAt() {
        return signupClosesAt;
    }

    public void setSignupClosesAt(LocalDateTime signupClosesAt) {
        this.signupClosesAt = signupClosesAt;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public String getOrganiserUsernames() {
        return organiserUsernames;
    }

    public void setOrganiserUsernames(String organiserUsernames) {
        this.organiserUsernames = organiserUsernames;
    }

    public List<Long> getRelatedMemberIds() {
        return relatedMemberIds;
    }

    public void setRelatedMemberIds(List<Long> relatedMemberIds) {
        this.relatedMemberIds = relatedMemberIds == null ? new ArrayList<>() : new ArrayList<>(relatedMemberIds);
    }

    public List<OrganiserLine> getOrganisers() {
        return organisers;
    }

    public List<PartForm> getParts() {
        return parts;
    }

    public List<StopForm> getStops() {
        return stops;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }
}
