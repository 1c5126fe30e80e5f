package jp.tokyo23city.portal.event.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import jp.tokyo23city.portal.event.entity.EventStop;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * Writes events as iCalendar (RFC 5545) with ical4j: one VEVENT per event, or per stop of a touring exhibition.
 * Timed events are written in UTC, so no VTIMEZONE is needed; exhibitions are all-day events (DTEND exclusive).
 */
public final class EventCalendar {

    static final String PRODUCT = "-//特別区全国連携プロジェクト//Portal//JA";

    private EventCalendar() {
    }

    /** The calendar of the events, each linking to its page under {@code baseUrl}. */
    public static byte[] write(List<ProjectEvent> events, String baseUrl, String host) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (ProjectEvent event : events) {
            String page = baseUrl + "/events/view.xhtml?id=" + event.getId();
            if (event.getKind().isTouring() && !event.getStops().isEmpty()) {
                for (EventStop stop : event.getStops()) {
                    VEvent vevent = new VEvent(stop.getStartsOn(), stop.getEndsOn().plusDays(1),
                            event.getTitle() + "（" + stop.getVenue() + "）");
                    decorate(vevent, "event-" + event.getId() + "-stop-" + stop.getId() + "@" + host,
                            join(stop.getVenue(), stop.getAddress()), event.getSummary(), page);
                    calendar.add(vevent);
                }
                continue;
            }
            VEvent vevent;
            if (event.getStartTime() != null && event.isOneDay()) {
                LocalTime end = event.getEndTime() != null ? event.getEndTime() : event.getStartTime().plusHours(1);
                vevent = new VEvent(instant(event.getStartsOn(), event.getStartTime()),
                        instant(event.getEndsOn(), end), event.getTitle());
            } else {
                vevent = new VEvent(event.getStartsOn(), event.getEndsOn().plusDays(1), event.getTitle());
            }
            decorate(vevent, "event-" + event.getId() + "@" + host, join(event.getVenue(), event.getVenueAddress()),
                    event.getSummary(), page);
            calendar.add(vevent);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar", e);
        }
        return out.toByteArray();
    }

    private static void decorate(VEvent vevent, String uid, String location, String description, String page) {
        vevent.replace(new DtStamp(Instant.now()));
        vevent.add(new Uid(uid));
        vevent.add(new Location(location));
        vevent.add(new Description(description + "\n" + page));
        try {
            vevent.add(new Url(java.net.URI.create(page)));
        } catch (IllegalArgumentException e) {
            // A base URL that is no URI leaves the link in the description only.
        }
    }

    private static Instant instant(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(JapaneseDates.ZONE).toInstant();
    }

    private static String join(String venue, String address) {
        return address == null || address.isBlank() ? venue : venue + " " + address;
    }
}
