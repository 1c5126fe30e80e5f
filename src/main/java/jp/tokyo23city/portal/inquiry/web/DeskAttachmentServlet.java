package jp.tokyo23city.portal.inquiry.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tokyo23city.portal.inquiry.boundary.DeskService;
import jp.tokyo23city.portal.inquiry.boundary.InquiryNotFoundException;
import jp.tokyo23city.portal.inquiry.entity.InquiryAttachment;
import jp.tokyo23city.portal.platform.web.Downloads;

/**
 * /desk/attachment?id=…: a file sent with an inquiry, for the desk handling it. Served as the type detected on upload
 * (never what the sender claimed), as a download, with nosniff, so that nothing in it runs in the portal's origin.
 */
@WebServlet("/desk/attachment")
public class DeskAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeskService desks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InquiryAttachment file;
        try {
            file = desks.attachment(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | InquiryNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.getContentType(), "attachment", file.getFileName(),
                "attachment-" + file.getId() + file.getFileName().substring(file.getFileName().lastIndexOf('.')),
                file.getContent());
    }
}
