package jp.tokyo23city.portal.municipality.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.municipality.control.CsvLayout;
import jp.tokyo23city.portal.municipality.control.CsvProblem;
import jp.tokyo23city.portal.municipality.control.Rejection;

/** The progress and report of {@link MunicipalityImport}, which a page polls while the import runs. */
class MunicipalityImportProgressTest {

    @Test
    void staysAtZeroWhileTheFileIsRead() {
        ImportProgress progress = new ImportProgress();
        assertThat(progress.percent()).isZero();

        progress.reading();

        assertThat(progress.percent()).isZero();
        assertThat(progress.isDone()).isFalse();
    }

    @Test
    void followsTheChunksWritten() {
        ImportProgress progress = new ImportProgress();
        progress.writing(1916);

        progress.wrote(MunicipalityImport.CHUNK_SIZE);
        assertThat(progress.percent()).isEqualTo(10);
        assertThat(progress.written()).isEqualTo(200);

        for (int chunk = 1; chunk < 10; chunk++) {
            progress.wrote(Math.min(MunicipalityImport.CHUNK_SIZE, 1916 - progress.written()));
        }
        assertThat(progress.written()).isEqualTo(1916);
        assertThat(progress.percent()).as("not done until the report is ready").isEqualTo(99);
    }

    @Test
    void reaches100OnlyWhenTheImportHasEnded() {
        ImportProgress finished = new ImportProgress();
        finished.writing(0);
        assertThat(finished.percent()).isLessThan(100);
        finished.finished();
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(finished.isDone()).isTrue();

        ImportProgress failed = new ImportProgress();
        failed.failed();
        assertThat(failed.percent()).isEqualTo(100);
        assertThat(failed.phase()).isEqualTo(ImportProgress.Phase.FAILED);
    }

    @Test
    void addsUpChunks() {
        assertThat(ImportTally.NONE.plus(new ImportTally(1, 2, 3)).plus(new ImportTally(10, 20, 30)))
                .isEqualTo(new ImportTally(11, 22, 33))
                .extracting(ImportTally::written).isEqualTo(66);
    }

    @Test
    void reportsCountsForTheAuditLog() {
        ImportReport report = new ImportReport(CsvLayout.LOCALGOVJP, "UTF-8", 1893, 23, 0,
                List.of(Rejection.of(5, CsvProblem.NAME_MISSING)), 0);

        assertThat(report.rejectedCount()).isEqualTo(1);
        assertThat(report.summary()).isEqualTo(
                "layout=LOCALGOVJP charset=UTF-8 added=1893 updated=23 unchanged=0 rejected=1 prefectureRows=0");
    }
}
