package jp.tokyo23city.portal.platform;

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
 * Writes tables for the project office's spreadsheets: Excel workbooks and CSV files that Excel opens with the
 * Japanese intact.
 * <p>
 * Excel reads a CSV without a byte order mark as Shift_JIS, which garbles every Japanese character; with the UTF-8
 * BOM it reads UTF-8. Lines end with CRLF and fields are quoted when they contain a comma, quote or line break, as
 * RFC 4180 and Excel expect. A field beginning with = + - @ is written with a leading apostrophe so that Excel does
 * not run it as a formula (CSV injection): people type what ends up in these files.
 */
public final class TableExport {

    public static final char BOM = '\uFEFF';

    /** One sheet: its name, header row and rows (Long cells become numbers, everything else text). */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
    }

    private TableExport() {
    }

    public static void writeXlsx(List<Table> tables, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (Table table : tables) {
                writeSheet(workbook.createSheet(table.name()), header, table);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table as CSV: UTF-8 with BOM, CRLF, formulas defused. */
    public static void writeCsv(Table table, OutputStream out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL)
                .get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
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
    public static String defuse(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void writeSheet(Sheet sheet, CellStyle headerStyle, Table table) {
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < table.headers().size(); i++) {
            Cell cell = headerRow.createCell(i);
            cell.setCellValue(table.headers().get(i));
            cell.setCellStyle(headerStyle);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
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
        for (int i = 0; i < table.headers().size(); i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }
}
