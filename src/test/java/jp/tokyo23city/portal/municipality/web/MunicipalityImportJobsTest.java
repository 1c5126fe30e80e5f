package jp.tokyo23city.portal.municipality.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.municipality.boundary.ImportProgress;
import jp.tokyo23city.portal.municipality.boundary.ImportReport;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityImport;
import jp.tokyo23city.portal.municipality.control.CsvLayout;
import jp.tokyo23city.portal.municipality.control.CsvProblem;
import jp.tokyo23city.portal.municipality.control.MunicipalityCsvException;

/** The jobs the import page starts and polls, with the import and the executor replaced by stand-ins. */
class MunicipalityImportJobsTest {

    private static final byte[] CONTENT = "pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode\n".getBytes();
    private static final ImportReport REPORT = new ImportReport(CsvLayout.LOCALGOVJP, "UTF-8", 1, 2, 3, List.of(), 0);

    private final List<Runnable> queued = new ArrayList<>();
    private final MunicipalityImportJobs jobs = new MunicipalityImportJobs();

    MunicipalityImportJobsTest() {
        jobs.executor = executorThatQueues(queued);
        jobs.importer = importerThatReports(REPORT);
    }

    @Test
    void keepsTheReportForThePageThatPolls() {
        ImportJob job = jobs.start("admin", "localgovjp-utf8.csv", CONTENT).orElseThrow();
        assertThat(job.isDone()).isFalse();
        assertThat(job.progress().percent()).isZero();

        runQueued();

        assertThat(jobs.find(job.id(), "admin")).contains(job);
        assertThat(job.isDone()).isTrue();
        assertThat(job.report()).isEqualTo(REPORT);
        assertThat(job.failure()).isNull();
    }

    @Test
    void runsOneImportAtATime() {
        Optional<ImportJob> first = jobs.start("admin", "a.csv", CONTENT);

        assertThat(jobs.start("another-admin", "b.csv", CONTENT)).isEmpty();

        runQueued();
        assertThat(first.orElseThrow().isDone()).isTrue();
        assertThat(jobs.start("another-admin", "b.csv", CONTENT)).isPresent();
    }

    @Test
    void showsAJobOnlyToThePersonWhoStartedIt() {
        ImportJob job = jobs.start("admin", "a.csv", CONTENT).orElseThrow();

        assertThat(jobs.find(job.id(), "another-admin")).isEmpty();
        assertThat(jobs.find(null, "admin")).isEmpty();
        assertThat(jobs.running("admin")).contains(job);
        assertThat(jobs.running("another-admin")).isEmpty();
    }

    @Test
    void keepsWhatStoppedAnImport() {
        jobs.importer = importerThatRefuses(new MunicipalityCsvException(CsvProblem.SPREADSHEET));
        ImportJob job = jobs.start("admin", "list.xlsx.csv", CONTENT).orElseThrow();

        runQueued();

        assertThat(job.report()).isNull();
        assertThat(job.failure()).isInstanceOf(MunicipalityCsvException.class);
        assertThat(job.progress().phase()).isEqualTo(ImportProgress.Phase.FAILED);
        assertThat(jobs.running("admin")).isEmpty();
    }

    private void runQueued() {
        List<Runnable> tasks = List.copyOf(queued);
        queued.clear();
        tasks.forEach(Runnable::run);
    }

    private static ManagedExecutorService executorThatQueues(List<Runnable> queue) {
        return (ManagedExecutorService) Proxy.newProxyInstance(MunicipalityImportJobsTest.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("execute")) {
                        queue.add((Runnable) arguments[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static MunicipalityImport importerThatReports(ImportReport report) {
        return new MunicipalityImport() {
            @Override
            public ImportReport importCsv(byte[] content, ImportProgress progress) {
                return report;
            }
        };
    }

    private static MunicipalityImport importerThatRefuses(MunicipalityCsvException refusal) {
        return new MunicipalityImport() {
            @Override
            public ImportReport importCsv(byte[] content, ImportProgress progress) throws MunicipalityCsvException {
                throw refusal;
            }
        };
    }
}
