package jp.tokyo23city.portal.inquiry.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tokyo23city.portal.inquiry.boundary.DeskService;
import jp.tokyo23city.portal.inquiry.boundary.QueueQuery;
import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.platform.web.Downloads;

/**
 * /desk/export?format=xlsx|csv and the queue's filters: the inquiries of the caller's desks as a spreadsheet, with
 * full messages, replies and notes. web.xml lets only admins and desk contacts reach /desk/; the service limits the
 * rows to the caller's desks.
 */
@WebServlet("/desk/export")
public class DeskExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeskService desks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"xlsx".equals(format) && !"csv".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        QueueQuery query = new QueueQuery(longOrNull(request.getParameter("desk")), status(request.getParameter("status")),
                "ALL".equals(request.getParameter("status")), request.getParameter("q"),
                "true".equals(request.getParameter("overdue")), QueueQuery.QueueOrder.RECEIVED_ASC);
        boolean xlsx = "xlsx".equals(format);
        byte[] file = desks.export(query, xlsx);
        String date = JapaneseDates.today().toString().replace("-", "");
        String name = "お問い合わせ一覧_" + date + (xlsx ? ".xlsx" : ".csv");
        Downloads.send(response, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8", "attachment", name, "inquiries_" + date + (xlsx ? ".xlsx" : ".csv"), file);
    }

    private static Long longOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static InquiryStatus status(String value) {
        try {
            return value == null || value.isBlank() || "ALL".equals(value) ? null : InquiryStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
