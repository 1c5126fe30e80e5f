package jp.tokyo23city.portal.municipality.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tokyo23city.portal.municipality.boundary.MunicipalityOrder;

/** The rules of the upload on the import page, and of sorting on the list page, that need no Faces request. */
class MunicipalityCsvUploadTest {

    @ParameterizedTest
    @ValueSource(strings = {"localgovjp-utf8.csv", "000925835.CSV", "list.txt", "自治体一覧.csv"})
    void acceptsFilesNamedAsTextOrCsv(String name) {
        assertThat(CsvFileValidator.hasAllowedExtension(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000925835.xlsx", "list.xls", "csv", "list.csv.exe", ""})
    void refusesOtherFiles(String name) {
        assertThat(CsvFileValidator.hasAllowedExtension(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "text/csv; charset=UTF-8", "text/plain", "application/vnd.ms-excel",
            "application/octet-stream", ""})
    void acceptsTheContentTypesBrowsersSendForCsv(String type) {
        assertThat(CsvFileValidator.hasAllowedContentType(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png",
            "application/zip"})
    void refusesOtherContentTypes(String type) {
        assertThat(CsvFileValidator.hasAllowedContentType(type)).isFalse();
    }

    @Test
    void showsOnlyTheNameOfTheUploadedFile() {
        assertThat(MunicipalityImportBacking.baseName("C:\\Users\\tanto\\Desktop\\list.csv")).isEqualTo("list.csv");
        assertThat(MunicipalityImportBacking.baseName("list.csv")).isEqualTo("list.csv");
        assertThat(MunicipalityImportBacking.baseName(null)).isEmpty();
    }

    @Test
    void sortsTheListByTheColumnChosen() {
        assertThat(MunicipalitiesBacking.order("kana")).isEqualTo(MunicipalityOrder.READING);
        assertThat(MunicipalitiesBacking.order("prefecture")).isEqualTo(MunicipalityOrder.PREFECTURE);
        assertThat(MunicipalitiesBacking.order("name")).isEqualTo(MunicipalityOrder.NAME);
        assertThat(MunicipalitiesBacking.order("lgCode")).isEqualTo(MunicipalityOrder.CODE);
        assertThat(MunicipalitiesBacking.order("anything else")).isEqualTo(MunicipalityOrder.CODE);
        assertThat(MunicipalitiesBacking.order(null)).isEqualTo(MunicipalityOrder.CODE);
    }
}
