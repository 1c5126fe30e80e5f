package jp.tokyo23city.portal.event.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.event.entity.EventFile;

/**
 * /events/file?id=: a flyer, photo or speaker's materials of an event the visitor may see, with the type checked at
 * upload; images are shown inline, PDFs downloaded.
 */
@WebServlet("/events/file")
public class EventFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EventService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Downloads.id(request.getParameter("id"));
        Optional<EventFile> file = id == null ? Optional.empty() : events.file(id);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EventFile f = file.get();
        Downloads.send(response, f.getContent(), f.getContentType(), f.getFileName(), f.isImage(), false);
    }
}
