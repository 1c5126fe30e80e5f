package jp.tokyo23city.portal.member.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tokyo23city.portal.member.boundary.MemberExportService;
import jp.tokyo23city.portal.member.boundary.MemberExportService.Format;
import jp.tokyo23city.portal.platform.web.Downloads;

/**
 * /admin/members/export?format=xlsx|members-csv|contacts-csv: the member register as a download. Under /admin/, so
 * web.xml lets only admins reach it; the service checks the role again. A GET that only reads, so it needs no
 * view state; the file name is Japanese (会員一覧_20261129.xlsx), sent as RFC 5987 {@code filename*} with an ASCII
 * fallback for old clients.
 */
@WebServlet("/admin/members/export")
public class AdminMembersExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberExportService export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Format format = format(request.getParameter("format"));
        if (format == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] file = export.export(format);
        String name = format.fileName(export.today());
        Downloads.send(response, format.contentType(), "attachment", name, asciiName(name), file);
    }

    /** members_20261129.xlsx for 会員一覧_20261129.xlsx. */
    static String asciiName(String name) {
        return name.replace("会員一覧", "members").replace("担当者一覧", "contacts");
    }

    static Format format(String parameter) {
        if (parameter == null) {
            return null;
        }
        return switch (parameter) {
            case "xlsx" -> Format.XLSX;
            case "members-csv" -> Format.MEMBERS_CSV;
            case "contacts-csv" -> Format.CONTACTS_CSV;
            default -> null;
        };
    }
}
