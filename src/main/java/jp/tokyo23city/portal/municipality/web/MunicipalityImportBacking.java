package jp.tokyo23city.portal.municipality.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.municipality.boundary.ImportProgress;
import jp.tokyo23city.portal.municipality.boundary.ImportReport;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityImportException;
import jp.tokyo23city.portal.municipality.control.MunicipalityCsvException;
import jp.tokyo23city.portal.municipality.control.Rejection;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/municipalities/import.xhtml: upload a list, watch the import, read its report. View scoped: the job id and
 * the report belong to this page; opening the page again while an import runs shows that import's progress.
 */
@Named
@ViewScoped
public class MunicipalityImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "admin.municipalities.import";

    @Inject
    MunicipalityImportJobs jobs;

    /** The uploaded file, only during the request that carries it. */
    private transient Part file;

    /** The job this page is watching; {@code null} when none runs. The poll is rendered exactly while it is set. */
    private String jobId;
    private String fileName;
    private ImportReport report;

    @PostConstruct
    void attachToRunningImport() {
        jobs.running(user()).ifPresent(job -> {
            jobId = job.id();
            fileName = job.fileName();
        });
    }

    /** Starts the import of the uploaded file; the checks of {@link CsvFileValidator} have passed. */
    public void start() {
        if (file == null) {
            Messages.errorFor("importForm:file", PAGE + ".message.noFile");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(CsvFileValidator.MAX_BYTES);
        } catch (IOException e) {
            Messages.errorFor("importForm:file", "municipality.csvFile.message.unreadable");
            return;
        }
        String name = baseName(file.getSubmittedFileName());
        Optional<ImportJob> started = jobs.start(user(), name, content);
        if (started.isEmpty()) {
            Messages.error(PAGE + ".message.busy");
            return;
        }
        jobId = started.get().id();
        fileName = name;
        report = null;
    }

    /** Called by the poll: when the import has ended, takes its report or says what stopped it. */
    public void poll() {
        Optional<ImportJob> job = job();
        if (job.isEmpty()) {
            // The server restarted, or another instance serves this request: the job is gone.
            jobId = null;
            Messages.error(PAGE + ".message.lost");
            return;
        }
        if (!job.get().isDone()) {
            return;
        }
        jobId = null;
        report = job.get().report();
        if (report != null) {
            Messages.info(PAGE + ".message.finished", report.added(), report.updated(), report.unchanged(),
                    report.rejectedCount());
            return;
        }
        Throwable failure = job.get().failure();
        if (failure instanceof MunicipalityCsvException refused) {
            Messages.error(PAGE + ".message.refused",
                    Messages.text(refused.problem().messageKey(), refused.arguments().toArray()));
        } else if (failure instanceof MunicipalityImportException stopped) {
            Messages.error(PAGE + ".message.stopped", stopped.rowsWritten());
        } else {
            Messages.error(PAGE + ".message.failed");
        }
    }

    /** The reason of a refused line, in the page's language. */
    public String reason(Rejection rejection) {
        String text = Messages.text(rejection.problem().messageKey(), rejection.arguments().toArray());
        return text.equals(rejection.problem().messageKey()) ? rejection.reason() : text;
    }

    public boolean isPolling() {
        return jobId != null;
    }

    public int getPercent() {
        return job().map(job -> job.progress().percent()).orElse(0);
    }

    /** What the import is doing, in words as well as the bar: 「1,916 行のうち 1,200 行を書き込みました。」 */
    public String getStatus() {
        Optional<ImportProgress> progress = job().map(ImportJob::progress);
        if (progress.isEmpty()) {
            return "";
        }
        return switch (progress.get().phase()) {
            case QUEUED, READING -> Messages.text(PAGE + ".message.reading", fileName);
            case WRITING -> Messages.text(PAGE + ".message.writing", progress.get().total(), progress.get().written());
            case FINISHED, FAILED -> Messages.text(PAGE + ".message.ending");
        };
    }

    public ImportReport getReport() {
        return report;
    }

    public List<Rejection> getRejected() {
        return report == null ? List.of() : report.rejected();
    }

    public String getFileName() {
        return fileName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    private Optional<ImportJob> job() {
        return jobs.find(jobId, user());
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** Old browsers send the whole client path; only the name is worth showing. */
    static String baseName(String submitted) {
        if (submitted == null) {
            return "";
        }
        int slash = Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\'));
        return submitted.substring(slash + 1);
    }
}
