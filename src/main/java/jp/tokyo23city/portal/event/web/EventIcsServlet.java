package jp.tokyo23city.portal.event.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tokyo23city.portal.event.boundary.EventFeedService;

/**
 * /events/ics?id=: one event as .ics; /events/feed.ics: the feed of public events, or with {@code ?token=} the
 * personal feed of a staff member, which adds members' (and for ward staff, wards') events.
 */
@WebServlet({"/events/ics", "/events/feed.ics"})
public class EventIcsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    transient EventFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/events/ics")) {
            Long id = Downloads.id(request.getParameter("id"));
            Optional<byte[]> ics = id == null ? Optional.empty() : feeds.eventIcs(id);
            if (ics.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Downloads.send(response, ics.get(), CALENDAR, "event_" + id + ".ics", false, false);
            return;
        }
        String token = request.getParameter("token");
        if (token == null) {
            Downloads.send(response, feeds.publicFeed(), CALENDAR, "events.ics", true, false);
            return;
        }
        Optional<byte[]> personal = feeds.personalFeed(token);
        if (personal.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, personal.get(), CALENDAR, "events.ics", true, true);
    }
}
