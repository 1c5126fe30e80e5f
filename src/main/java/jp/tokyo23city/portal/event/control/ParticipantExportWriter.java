package jp.tokyo23city.portal.event.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * The participant list of an event as xlsx and as CSV that Excel opens: UTF-8 with BOM (without it Excel reads
 * Shift_JIS), CRLF, RFC 4180 quoting, and a leading apostrophe before = + - @ so that no cell runs as a formula —
 * the public type these fields themselves.
 */
public final class ParticipantExportWriter {

    public static final char BOM = '\uFEFF';
    public static final String SHEET = "参加者一覧";
    static final List<String> HEADERS = List.of("申込番号", "状態", "氏名", "ふりがな", "所属", "メール", "電話",
            "回答", "申込日時", "受付日時");

    /** One row of the list, already in display form. */
    public record Row(long id, String status, String name, String kana, String organisation, String email,
                      String phone, String answers, String signedUpAt, String checkedInAt) {

        List<Object> cells() {
            List<Object> cells = new ArrayList<>();
            cells.add(id);
            cells.add(status);
            cells.add(name);
            cells.add(kana);
            cells.add(organisation);
            cells.add(email);
            cells.add(phone);
            cells.add(answers);
            cells.add(signedUpAt);
            cells.add(checkedInAt);
            return cells;
        }
    }

    private ParticipantExportWriter() {
    }

    public static void writeXlsx(List<Row> rows, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = workbook.createSheet(SHEET);
            org.apache.poi.ss.usermodel.Row headerRow = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (Row row : rows) {
                org.apache.poi.ss.usermodel.Row sheetRow = sheet.createRow(r++);
                List<Object> cells = row.cells();
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = sheetRow.createCell(i);
                    if (value instanceof Long number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeCsv(List<Row> rows, OutputStream out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL)
                .get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(HEADERS);
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                for (Object value : row.cells()) {
                    cells.add(value == null ? "" : defuse(value.toString()));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String defuse(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
