package jp.tokyo23city.portal.member.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the member list for the project office: an Excel workbook (会員一覧 with one row per member and its main
 * contact, 担当者一覧 with every contact) and CSV files that Excel opens with the Japanese intact.
 * <p>
 * Excel reads a CSV without a byte order mark as Shift_JIS, which garbles every Japanese character; with the UTF-8
 * BOM it reads UTF-8. Lines end with CRLF and fields are quoted when they contain a comma, quote or line break,
 * as RFC 4180 and Excel expect. A field beginning with = + - @ is written with a leading apostrophe so that Excel
 * does not run it as a formula (CSV injection): members type their own department and address.
 */
public final class MemberExportWriter {

    public static final char BOM = '\uFEFF';

    static final List<String> MEMBER_HEADERS = List.of("会員ID", "種別", "状態", "全国地方公共団体コード", "都道府県", "地方",
            "名称", "ふりがな", "担当部署", "郵便番号", "住所", "電話", "メール", "ウェブサイト", "登録日", "退会日", "統合先会員ID",
            "主担当者", "主担当者ふりがな", "主担当者役職", "主担当者メール", "主担当者電話");
    static final List<String> CONTACT_HEADERS = List.of("会員ID", "会員名称", "主担当", "氏名", "ふりがな", "役職", "メール",
            "電話");
    public static final String MEMBERS_SHEET = "会員一覧";
    public static final String CONTACTS_SHEET = "担当者一覧";

    private MemberExportWriter() {
    }

    /** The workbook with the sheets 会員一覧 and 担当者一覧, each with a header row. */
    public static void writeXlsx(List<MemberExportRow> members, List<MemberExportContact> contacts,
                                 OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet memberSheet = workbook.createSheet(MEMBERS_SHEET);
            writeSheet(memberSheet, header, MEMBER_HEADERS, members.stream().map(MemberExportWriter::memberCells).toList());
            Sheet contactSheet = workbook.createSheet(CONTACTS_SHEET);
            writeSheet(contactSheet, header, CONTACT_HEADERS,
                    contacts.stream().map(MemberExportWriter::contactCells).toList());
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 会員一覧 as CSV: UTF-8 with BOM, CRLF, one row per member with its main contact. */
    public static void writeMembersCsv(List<MemberExportRow> members, OutputStream out) {
        writeCsv(MEMBER_HEADERS, members.stream().map(MemberExportWriter::memberCells).toList(), out);
    }

    /** 担当者一覧 as CSV, like {@link #writeMembersCsv}. */
    public static void writeContactsCsv(List<MemberExportContact> contacts, OutputStream out) {
        writeCsv(CONTACT_HEADERS, contacts.stream().map(MemberExportWriter::contactCells).toList(), out);
    }

    private static void writeSheet(Sheet sheet, CellStyle headerStyle, List<String> headers, List<List<Object>> rows) {
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = headerRow.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Long number) {
                    cell.setCellValue(number);
                } else {
                    // Dates and codes as text: a code such as 012092 must keep its leading zero.
                    cell.setCellValue(value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    private static void writeCsv(List<String> headers, List<List<Object>> rows, OutputStream out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL)
                .get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(value == null ? "" : defuse(value.toString()));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps Excel from reading a cell as a formula. */
    static String defuse(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static List<Object> memberCells(MemberExportRow m) {
        List<Object> cells = new ArrayList<>();
        cells.add(m.id());
        cells.add(m.kind());
        cells.add(m.status());
        cells.add(m.lgCode());
        cells.add(m.prefecture());
        cells.add(m.region());
        cells.add(m.name());
        cells.add(m.kana());
        cells.add(m.department());
        cells.add(m.postalCode());
        cells.add(m.address());
        cells.add(m.phone());
        cells.add(m.email());
        cells.add(m.webSite());
        cells.add(date(m.joinedOn()));
        cells.add(date(m.leftOn()));
        cells.add(m.mergedIntoId());
        cells.add(m.contactName());
        cells.add(m.contactKana());
        cells.add(m.contactPosition());
        cells.add(m.contactEmail());
        cells.add(m.contactPhone());
        return cells;
    }

    private static List<Object> contactCells(MemberExportContact c) {
        List<Object> cells = new ArrayList<>();
        cells.add(c.memberId());
        cells.add(c.memberName());
        cells.add(c.main() ? "○" : "");
        cells.add(c.name());
        cells.add(c.kana());
        cells.add(c.position());
        cells.add(c.email());
        cells.add(c.phone());
        return cells;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
