package jp.tokyo23city.portal.member.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV file of members an admin imports. The first row names the columns (any order; the names below,
 * spaces around them ignored); every further row is one member. The file may be UTF-8, with or without BOM, or
 * Shift_JIS (Windows-31J) as Excel saves "CSV (コンマ区切り)": a file that is not valid UTF-8 is read as Shift_JIS.
 * <p>
 * This class only reads: whether a row makes a valid member is the boundary's decision, with the master and
 * {@link ContactInput}.
 */
public final class MemberCsvReader {

    public static final String KIND = "種別";
    public static final String LG_CODE = "全国地方公共団体コード";
    public static final String NAME = "名称";
    public static final String KANA = "ふりがな";
    public static final String PREFECTURE = "都道府県";
    public static final String DEPARTMENT = "担当部署";
    public static final String POSTAL_CODE = "郵便番号";
    public static final String ADDRESS = "住所";
    public static final String PHONE = "電話";
    public static final String EMAIL = "メール";
    public static final String WEB_SITE = "ウェブサイト";
    public static final String JOINED_ON = "登録日";

    /** Columns the header must have, in the order the page documents them. */
    public static final List<String> REQUIRED = List.of(KIND, LG_CODE, NAME, KANA, PREFECTURE, DEPARTMENT, POSTAL_CODE,
            ADDRESS, PHONE, EMAIL);
    /** Columns the header may have. */
    public static final List<String> OPTIONAL = List.of(WEB_SITE, JOINED_ON);
    /** The most member rows one file may hold: more than all municipalities of Japan. */
    public static final int MAX_ROWS = 2000;

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** One member row: its row number as Excel shows it (the header is row 1) and its values by column name. */
    public record Line(long number, Map<String, String> values) {

        /** The value of a column, trimmed; empty if the column or the value is missing. */
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }

        /** Whether the whole row is empty (Excel leaves such rows at the end). */
        public boolean isBlank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    private MemberCsvReader() {
    }

    /**
     * @throws MemberCsvException with a key of the UI bundle if the file is empty, lacks a column, or has too many
     *         rows
     */
    public static List<Line> read(byte[] content) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new MemberCsvException("admin.members.import.message.empty");
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get()
                .parse(new StringReader(text))) {
            List<Line> lines = new ArrayList<>();
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    int index = column.getValue();
                    values.put(column.getKey(), index < record.size() ? record.get(index) : "");
                }
                Line line = new Line(record.getRecordNumber(), values);
                if (line.isBlank()) {
                    continue;
                }
                if (lines.size() == MAX_ROWS) {
                    throw new MemberCsvException("admin.members.import.message.tooManyRows", MAX_ROWS);
                }
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a quote left open as an IllegalStateException wrapping an IOException.
            throw new MemberCsvException("admin.members.import.message.unreadable");
        }
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            columns.putIfAbsent(record.get(i).strip(), i);
        }
        List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new MemberCsvException("admin.members.import.message.missingColumns", String.join("、", missing));
        }
        Map<String, Integer> known = new LinkedHashMap<>();
        for (String column : REQUIRED) {
            known.put(column, columns.get(column));
        }
        for (String column : OPTIONAL) {
            if (columns.containsKey(column)) {
                known.put(column, columns.get(column));
            }
        }
        return known;
    }

    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, SHIFT_JIS);
        }
    }
}
