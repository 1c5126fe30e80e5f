package jp.tokyo23city.portal.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MemberExportWriterTest {

    private static final MemberExportRow KYOTAMBA = new MemberExportRow(7, "自治体", "会員", "264075", "京都府", "近畿",
            "京丹波町", "きょうたんばちょう", "企画情報課, 地域振興係", "622-0292", "京都府船井郡京丹波町蒲生蒔田62番地",
            "0771-82-3803", "kikaku@town.kyotamba.lg.jp", null, LocalDate.of(2024, 4, 1), null, null,
            "丹波 花子", "たんば はなこ", "主事", "hanako@town.kyotamba.lg.jp", "0771-82-3800");
    private static final MemberExportRow NAGANO = new MemberExportRow(9, "団体", "退会", null, "長野県", "中部",
            "長野県町村会", "ながのけんちょうそんかい", "=HYPERLINK(\"x\")", null, "長野市\n大字南長野", null, null, null,
            LocalDate.of(2020, 5, 1), LocalDate.of(2025, 3, 31), null, null, null, null, null, null);
    private static final List<MemberExportContact> CONTACTS = List.of(
            new MemberExportContact(7, "京丹波町", true, "丹波 花子", "たんば はなこ", "主事", "hanako@town.kyotamba.lg.jp",
                    "0771-82-3800"),
            new MemberExportContact(7, "京丹波町", false, "京 一郎", "きょう いちろう", null, "ichiro@town.kyotamba.lg.jp",
                    null));

    @Test
    void membersCsvStartsWithTheBomUsesCrlfAndParsesBackWithTheJapaneseIntact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberExportWriter.writeMembersCsv(List.of(KYOTAMBA, NAGANO), out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1)).startsWith("会員ID,種別,状態,全国地方公共団体コード,").contains("\r\n");
        assertThat(text.replace("\r\n", "").replace("長野市\n大字南長野", "")).doesNotContain("\n");

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("名称")).isEqualTo("京丹波町");
        assertThat(records.get(0).get("全国地方公共団体コード")).isEqualTo("264075");
        assertThat(records.get(0).get("担当部署")).isEqualTo("企画情報課, 地域振興係");
        assertThat(records.get(0).get("主担当者")).isEqualTo("丹波 花子");
        assertThat(records.get(0).get("登録日")).isEqualTo("2024-04-01");
        assertThat(records.get(1).get("住所")).isEqualTo("長野市\n大字南長野");
        assertThat(records.get(1).get("退会日")).isEqualTo("2025-03-31");
        assertThat(records.get(1).get("担当部署")).as("a formula is written as text").isEqualTo("'=HYPERLINK(\"x\")");
    }

    @Test
    void contactsCsvHasOneRowPerContactWithTheMainMarked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberExportWriter.writeContactsCsv(CONTACTS, out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);

        assertThat(text.charAt(0)).isEqualTo(MemberExportWriter.BOM);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get("氏名")).containsExactly("丹波 花子", "京 一郎");
        assertThat(records).extracting(r -> r.get("主担当")).containsExactly("○", "");
    }

    @Test
    void workbookOpensWithPoiWithAHeaderRowAndOneRowPerMemberAndContact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberExportWriter.writeXlsx(List.of(KYOTAMBA, NAGANO), CONTACTS, out);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet members = workbook.getSheet(MemberExportWriter.MEMBERS_SHEET);
            assertThat(members.getLastRowNum()).isEqualTo(2);
            assertThat(members.getRow(0).getCell(6).getStringCellValue()).isEqualTo("名称");
            assertThat(members.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(members.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7d);
            assertThat(members.getRow(1).getCell(3).getStringCellValue()).isEqualTo("264075");
            assertThat(members.getRow(1).getCell(6).getStringCellValue()).isEqualTo("京丹波町");
            assertThat(members.getRow(1).getCell(17).getStringCellValue()).isEqualTo("丹波 花子");
            assertThat(members.getRow(2).getCell(2).getStringCellValue()).isEqualTo("退会");
            assertThat(members.getRow(2).getCell(3)).as("no code: no cell").isNull();
            Sheet contacts = workbook.getSheet(MemberExportWriter.CONTACTS_SHEET);
            assertThat(contacts.getLastRowNum()).isEqualTo(2);
            assertThat(contacts.getRow(2).getCell(3).getStringCellValue()).isEqualTo("京 一郎");
        }
    }
}
