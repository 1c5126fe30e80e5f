package jp.tokyo23city.portal.member.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.member.boundary.MemberAdminException;
import jp.tokyo23city.portal.member.boundary.MemberAdminService;
import jp.tokyo23city.portal.member.boundary.MemberImportLine;
import jp.tokyo23city.portal.member.boundary.MemberImportReport;
import jp.tokyo23city.portal.member.control.MemberCsvReader;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/members/import.xhtml: adds members from a CSV file and shows, row by row, which were added and why the
 * others were not.
 */
@Named
@ViewScoped
public class MemberAdminImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "admin.members.import";
    /** Same limit as the municipality list's validator, which checks the file first. */
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    MemberAdminService admin;

    private transient Part file;
    private MemberImportReport report;

    public void upload() {
        report = null;
        if (file == null) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = admin.importCsv(in.readNBytes(MAX_BYTES));
            Messages.info(PAGE + ".message.done", report.getAdded(), report.getRejected());
        } catch (MemberAdminException e) {
            Messages.errorFor("importForm:file", e.messageKey(), e.arguments());
        } catch (IOException e) {
            Messages.errorFor("importForm:file", PAGE + ".message.unreadable");
        }
    }

    /** The reason a row was rejected, in the admin's language. */
    public String reason(MemberImportLine line) {
        return line.isAdded() ? "" : Messages.text(line.getMessageKey(), line.getArguments());
    }

    /** The header row a file needs, to copy into a spreadsheet. */
    public String getHeader() {
        return String.join(",", MemberCsvReader.REQUIRED) + "," + String.join(",", MemberCsvReader.OPTIONAL);
    }

    public MemberImportReport getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
