package jp.tokyo23city.portal.municipality.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.municipality.entity.Region;

class MunicipalityCsvReaderTest {

    private static final String LOCALGOVJP_HEADER = "pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode\n";

    /** The 総務省 list as Excel saves it: the header cells have line breaks in them, so they are quoted. */
    private static final String SOUMU_SAMPLE = """
            団体コード,"都道府県名
            （漢字）","市区町村名
            （漢字）","都道府県名
            （カナ）","市区町村名
            （カナ）"
            010006,北海道,,ﾎｯｶｲﾄﾞｳ,
            011002,北海道,札幌市,ﾎｯｶｲﾄﾞｳ,ｻｯﾎﾟﾛｼ
            131016,東京都,千代田区,ﾄｳｷｮｳﾄ,ﾁﾖﾀﾞｸ
            131024,東京都,中央区,トウキョウト,チュウオウク
            131033,東京都,港区,ﾄｳｷｮｳﾄ,ﾐﾅﾄｸ
            12100,千葉県,千葉市,ﾁﾊﾞｹﾝ,ﾁﾊﾞｼ
            12025,北海道,函館市,ﾎｯｶｲﾄﾞｳ,ﾊｺﾀﾞﾃｼ
            130001,東京都,,ﾄｳｷｮｳﾄ,
            """;

    private final MunicipalityCsvReader reader = new MunicipalityCsvReader(SharedData.prefectureNames());

    @Nested
    class TheLocalGovJpList {

        private final MunicipalityCsv csv = read(SharedData.localGovJp());

        @Test
        void isReadWhole() {
            assertThat(csv.layout()).isEqualTo(CsvLayout.LOCALGOVJP);
            assertThat(csv.charset()).isEqualTo("UTF-8");
            assertThat(csv.rows()).hasSize(1916);
            assertThat(csv.rejections()).isEmpty();
            assertThat(csv.prefectureRows()).isZero();
        }

        @Test
        void numbersRowsFromTheLineAfterTheHeader() {
            assertThat(csv.rows()).extracting(MunicipalityRow::lineNumber)
                    .startsWith(2L, 3L, 4L)
                    .endsWith(1917L);
        }

        @Test
        void readsTheFirstLineDespiteTheByteOrderMark() {
            MunicipalityRow sapporo = csv.rows().get(0);

            assertThat(sapporo.code()).isEqualTo(new LgCode("011002"));
            assertThat(sapporo.details().name()).isEqualTo("札幌市");
            assertThat(sapporo.details().kana()).isEqualTo("さっぽろし");
            assertThat(sapporo.details().webSite()).isEqualTo("https://www.city.sapporo.jp/");
            // 43.06208877 in the file, rounded to the seven decimals of the column.
            assertThat(sapporo.details().latitude()).isEqualTo(new BigDecimal("43.06208877"));
            assertThat(sapporo.details().longitude()).isEqualTo(new BigDecimal("141.35438860"));
        }

        @Test
        void keepsTheNamesOfWardsOfDesignatedCitiesAsWritten() {
            assertThat(csv.rows()).extracting(row -> row.details().name())
                    .contains("札幌市 中央区", "横浜市 鶴見区");
            assertThat(csv.rows()).filteredOn(row -> row.code().value().equals("011011"))
                    .extracting(row -> row.details().kana())
                    .containsExactly("さっぽろし ちゅうおうく");
        }

        @Test
        void acceptsWebSitesStillOnHttp() {
            assertThat(csv.rows()).extracting(row -> row.details().webSite())
                    .anyMatch(url -> url != null && url.startsWith("http://"));
        }

        @Test
        void containsThe23SpecialWards() {
            assertThat(csv.rows())
                    .filteredOn(row -> row.code().compareTo(new LgCode("131016")) >= 0
                            && row.code().compareTo(new LgCode("131237")) <= 0)
                    .extracting(row -> row.details().name())
                    .hasSize(23)
                    .startsWith("千代田区")
                    .endsWith("江戸川区");
        }

        @Test
        void readingTheSameListAgainChangesNoMunicipality() {
            Region region = new Region("ANY", "地方", "Region", 1);
            Map<String, Prefecture> prefectures = new HashMap<>();
            SharedData.prefectureNames().forEach((code, name) ->
                    prefectures.put(code, new Prefecture(code, code + "0000", name, "かな", "Name", region)));
            Instant imported = Instant.parse("2026-04-01T00:00:00Z");
            Map<LgCode, Municipality> master = new HashMap<>();
            for (MunicipalityRow row : csv.rows()) {
                master.put(row.code(), new Municipality(row.code().value(),
                        prefectures.get(row.code().prefectureCode()), row.details(), imported));
            }

            MunicipalityCsv again = read(SharedData.localGovJp());

            assertThat(again.rows())
                    .filteredOn(row -> master.get(row.code()).updateFrom(row.details(), Instant.now()))
                    .isEmpty();
            assertThat(master.values()).allMatch(municipality -> municipality.getUpdatedAt().equals(imported));
        }
    }

    @Nested
    class TheSoumuList {

        @Test
        void isRecognisedByItsHeaderAndSkipsThePrefectureRows() {
            MunicipalityCsv csv = read(SOUMU_SAMPLE.getBytes(StandardCharsets.UTF_8));

            assertThat(csv.layout()).isEqualTo(CsvLayout.SOUMU);
            assertThat(csv.prefectureRows()).isEqualTo(2);
            assertThat(csv.rows())
                    .extracting(row -> row.code().value(), MunicipalityRow::lineNumber,
                            row -> row.details().name(), row -> row.details().kana())
                    .containsExactly(
                            tuple("011002", 3L, "札幌市", "さっぽろし"),
                            tuple("131016", 4L, "千代田区", "ちよだく"),
                            tuple("131024", 5L, "中央区", "ちゅうおうく"),
                            tuple("121002", 7L, "千葉市", "ちばし"),
                            tuple("012025", 8L, "函館市", "はこだてし"));
        }

        @Test
        void refusesAWrongCheckDigitNamingTheExpectedOne() {
            MunicipalityCsv csv = read(SOUMU_SAMPLE.getBytes(StandardCharsets.UTF_8));

            assertThat(csv.rejections()).containsExactly(Rejection.of(6, CsvProblem.CHECK_DIGIT, "131033", 2));
            assertThat(csv.rejections().get(0).reason())
                    .isEqualTo("検査数字が正しくありません（131033 の6桁目は 2 のはずです）。");
        }

        @Test
        void hasNeitherWebSitesNorPositions() {
            MunicipalityCsv csv = read(SOUMU_SAMPLE.getBytes(StandardCharsets.UTF_8));

            assertThat(csv.rows()).allSatisfy(row -> {
                assertThat(row.details().webSite()).isNull();
                assertThat(row.details().hasPosition()).isFalse();
            });
        }

        @Test
        void restoresTheLeadingZeroASpreadsheetDropped() {
            MunicipalityCsv csv = read(SOUMU_SAMPLE.getBytes(StandardCharsets.UTF_8));

            // 12025 on a line of 北海道 is 012025 (函館市); 12100 on a line of 千葉県 is 12100 + check digit.
            assertThat(csv.rows()).extracting(row -> row.code().value()).contains("012025", "121002");
        }

        @Test
        void isReadInShiftJisAsWindowsExcelSavesIt() {
            byte[] shiftJis = SOUMU_SAMPLE.getBytes(Charset.forName("windows-31j"));

            MunicipalityCsv csv = read(shiftJis);

            assertThat(csv.charset()).isEqualTo("Shift_JIS");
            assertThat(csv.rows()).isEqualTo(read(SOUMU_SAMPLE.getBytes(StandardCharsets.UTF_8)).rows());
        }

        @Test
        void isReadWithAByteOrderMarkToo() {
            byte[] withBom = ("\uFEFF" + SOUMU_SAMPLE).getBytes(StandardCharsets.UTF_8);

            assertThat(read(withBom).rows()).hasSize(5);
        }
    }

    @Nested
    class BrokenLines {

        private final MunicipalityCsv csv = read((LOCALGOVJP_HEADER + """
                13,東京都,13101,千代田区,ちよだく,35.69388889,139.7536111,https://www.city.chiyoda.lg.jp/,,131016
                13,東京都,13102,中央区,ちゅうおうく,35.67,139.77,https://www.city.chuo.lg.jp/,,
                13,東京都,13103,港区,みなとく,35.65,139.75,https://www.city.minato.tokyo.jp/,,13103X
                13,東京都,13103,港区,みなとく,35.65,139.75,https://www.city.minato.tokyo.jp/,,131033
                48,架空県,48101,架空市,かくうし,35.0,139.0,,,481017
                1,北海道,13104,新宿区,しんじゅくく,35.69,139.70,,,131041
                13,東京都,13105,,ぶんきょうく,35.7,139.75,,,131059
                13,東京都,13106,台東区,たいとう区,35.7,139.78,,,131067
                13,東京都,13107,墨田区,すみだく,abc,139.8,,,131075
                13,東京都,13108,江東区,こうとうく,35.67,200,,,131083
                13,東京都,13109,品川区,しながわく,35.6,,,,131091
                13,東京都,13110,目黒区,めぐろく,35.64,139.69,ftp://www.city.meguro.tokyo.jp/,,131105
                13,東京都,13101,千代田区,ちよだく,35.69388889,139.7536111,,,131016
                13,東京都,13111,大田区

                13,東京都,13112,世田谷区,セタガヤク,,,http://www.city.setagaya.lg.jp/,,131121
                13,東京都,,東京都,とうきょうと,35.68,139.69,,,130001
                13,東京都,13113,"渋谷区",しぶやく,35.66,139.69,https://www.city.shibuya.tokyo.jp/,"a phrase, with a comma",131130
                13,東京都,13114,中野区,なかのく,35.7075,139.6638889,https://www.city.tokyo-nakano.lg.jp/,,131148,,
                """).getBytes(StandardCharsets.UTF_8));

        @Test
        void areRefusedWithTheirLineNumberAndReason() {
            assertThat(csv.rejections()).containsExactly(
                    Rejection.of(3, CsvProblem.CODE_MISSING),
                    Rejection.of(4, CsvProblem.CODE_FORMAT, "13103X"),
                    Rejection.of(5, CsvProblem.CHECK_DIGIT, "131033", 2),
                    Rejection.of(6, CsvProblem.PREFECTURE_UNKNOWN, "481017", "48"),
                    Rejection.of(7, CsvProblem.PREFECTURE_MISMATCH, "北海道", "131041", "東京都"),
                    Rejection.of(8, CsvProblem.NAME_MISSING),
                    Rejection.of(9, CsvProblem.KANA_NOT_KANA, "区"),
                    Rejection.of(10, CsvProblem.LATITUDE_INVALID, "abc", 20, 46),
                    Rejection.of(11, CsvProblem.LONGITUDE_INVALID, "200", 122, 154),
                    Rejection.of(12, CsvProblem.POSITION_INCOMPLETE),
                    Rejection.of(13, CsvProblem.WEB_SITE_INVALID, "ftp://www.city.meguro.tokyo.jp/"),
                    Rejection.of(14, CsvProblem.DUPLICATE_CODE, "131016", 2),
                    Rejection.of(15, CsvProblem.COLUMN_COUNT, 10, 4),
                    Rejection.of(18, CsvProblem.CODE_OF_PREFECTURE, "130001"));
        }

        @Test
        void sayWhyInJapanese() {
            assertThat(csv.rejections()).extracting(Rejection::toString).contains(
                    "3 行目: 団体コードが空です。",
                    "7 行目: 都道府県名「北海道」が、団体コード 131041 の都道府県（東京都）と一致しません。",
                    "10 行目: 緯度「abc」が正しくありません（北緯 20 度から 46 度までの数値）。",
                    "14 行目: 団体コード 131016 は 2 行目と重複しています。");
        }

        @Test
        void doNotStopTheGoodLinesAroundThem() {
            assertThat(csv.rows())
                    .extracting(row -> row.code().value(), MunicipalityRow::lineNumber)
                    .containsExactly(
                            tuple("131016", 2L),
                            tuple("131121", 17L),
                            tuple("131130", 19L),
                            tuple("131148", 20L));
        }

        @Test
        void leaveTheGoodLinesAsTheySay() {
            MunicipalityRow setagaya = csv.rows().get(1);

            assertThat(setagaya.details().kana()).isEqualTo("せたがやく");
            assertThat(setagaya.details().webSite()).isEqualTo("http://www.city.setagaya.lg.jp/");
            assertThat(setagaya.details().hasPosition()).isFalse();
            assertThat(csv.rows().get(2).details().name()).isEqualTo("渋谷区");
        }
    }

    @Nested
    class FilesThatAreNoList {

        @Test
        void anEmptyFile() {
            assertThat(problemOf(new byte[0])).isEqualTo(CsvProblem.EMPTY_FILE);
            assertThat(problemOf("\uFEFF\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(CsvProblem.EMPTY_FILE);
        }

        @Test
        void aSpreadsheet() {
            byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
            byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

            assertThat(problemOf(xlsx)).isEqualTo(CsvProblem.SPREADSHEET);
            assertThat(problemOf(xls)).isEqualTo(CsvProblem.SPREADSHEET);
        }

        @Test
        void binaryContent() {
            assertThat(problemOf(new byte[] {'a', 0, 'b'})).isEqualTo(CsvProblem.NOT_TEXT);
            assertThat(problemOf(LOCALGOVJP_HEADER.getBytes(StandardCharsets.UTF_16))).isEqualTo(CsvProblem.NOT_TEXT);
        }

        @Test
        void textInNeitherUtf8NorShiftJis() {
            assertThat(problemOf(new byte[] {'a', (byte) 0xFF, (byte) 0xFF, 'b'})).isEqualTo(CsvProblem.UNKNOWN_CHARSET);
        }

        @Test
        void anotherList() {
            MunicipalityCsvException e = failure("名前,住所\n山田,東京\n".getBytes(StandardCharsets.UTF_8));

            assertThat(e.problem()).isEqualTo(CsvProblem.UNKNOWN_HEADER);
            assertThat(e.arguments()).containsExactly("名前,住所");
        }

        @Test
        void aListWithoutAColumnTheImportNeeds() {
            MunicipalityCsvException e = failure("pid,pref,cid,city,lat,lng,url,phrase,lgcode\n"
                    .getBytes(StandardCharsets.UTF_8));

            assertThat(e.problem()).isEqualTo(CsvProblem.MISSING_COLUMN);
            assertThat(e).hasMessage("見出しに「citykana」の列がありません。");
        }

        @Test
        void aQuoteThatIsNeverClosed() {
            MunicipalityCsvException e = failure((LOCALGOVJP_HEADER
                    + "13,東京都,13101,\"千代田区,ちよだく,35.69,139.75,,,131016\n").getBytes(StandardCharsets.UTF_8));

            assertThat(e.problem()).isEqualTo(CsvProblem.MALFORMED);
            assertThat(e.arguments()).containsExactly("2");
        }

        @Test
        void aHeaderWithoutRowsIsAnEmptyList() {
            MunicipalityCsv csv = read(LOCALGOVJP_HEADER.getBytes(StandardCharsets.UTF_8));

            assertThat(csv.rows()).isEmpty();
            assertThat(csv.rejections()).isEmpty();
        }

        private CsvProblem problemOf(byte[] content) {
            return failure(content).problem();
        }

        private MunicipalityCsvException failure(byte[] content) {
            return catchThrowableOfType(MunicipalityCsvException.class, () -> reader.read(content));
        }
    }

    @Test
    void everyProblemHasAJapaneseMessageWithItsPlaceholders() {
        for (CsvProblem problem : CsvProblem.values()) {
            assertThat(problem.japanese(List.of("A", "B", "C"))).as(problem.name())
                    .doesNotContain("{")
                    .endsWith("。");
        }
    }

    private MunicipalityCsv read(byte[] content) {
        try {
            return reader.read(content);
        } catch (MunicipalityCsvException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
