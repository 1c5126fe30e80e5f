package jp.tokyo23city.portal.event.web;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tokyo23city.portal.event.boundary.EventAccessException;
import jp.tokyo23city.portal.event.boundary.ParticipantService;
import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * /events/organise/export?id=&format=xlsx|csv: the participant list. web.xml lets only staff reach it; the service
 * lets only the event's organisers through (403 for anyone else).
 */
@WebServlet("/events/organise/export")
public class ParticipantExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParticipantService participants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Downloads.id(request.getParameter("id"));
        ParticipantService.Format format = "xlsx".equals(request.getParameter("format"))
                ? ParticipantService.Format.XLSX
                : "csv".equals(request.getParameter("format")) ? ParticipantService.Format.CSV : null;
        if (id == null || format == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] file;
        try {
            file = participants.export(id, format);
        } catch (EventAccessException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String name = "参加者一覧_" + id + "_" + JapaneseDates.today().toString().replace("-", "") + "."
                + format.extension();
        Downloads.send(response, file, format.contentType(), name, false, true);
    }
}
