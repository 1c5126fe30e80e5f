package jp.tokyo23city.portal.municipality.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.municipality.entity.MunicipalityDetails;

/**
 * Reads a public list of municipalities into rows for the master, checking every line and saying, with its line
 * number, why a line was refused. Two lists are understood, told apart by their header (see {@link CsvLayout}).
 * <p>
 * Encoding: UTF-8, with or without a byte order mark, and Shift_JIS (as Windows Excel saves "CSV (コンマ区切り)").
 * The 総務省 list is published as a spreadsheet: it must be saved as CSV first; a spreadsheet file itself is refused
 * with a message saying so.
 * <p>
 * A code of five digits is taken as a code without its check digit, except where a spreadsheet has dropped the
 * leading zero of a six-digit code (北海道 011002 saved as 11002): the prefecture name on the line tells the two apart,
 * since the prefecture of the one reading is 01–09 and of the other 10–99.
 */
public class MunicipalityCsvReader {

    /** Latitude and longitude bounds of Japan (沖ノ鳥島 to 択捉島, 与那国島 to 南鳥島), with a margin. */
    static final BigDecimal LATITUDE_MIN = new BigDecimal("20");
    static final BigDecimal LATITUDE_MAX = new BigDecimal("46");
    static final BigDecimal LONGITUDE_MIN = new BigDecimal("122");
    static final BigDecimal LONGITUDE_MAX = new BigDecimal("154");

    private static final String SHIFT_JIS = "Shift_JIS";
    /** Microsoft's Shift_JIS, which Excel writes: it has the NEC and IBM extensions (①, ㈱, 髙…) plain Shift_JIS lacks. */
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int HEADER_ECHO_MAX = 80;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            // Blank lines stay records, so that record numbers remain row numbers.
            .setIgnoreEmptyLines(false)
            .get();

    private final Map<String, String> prefectureNames;

    /**
     * @param prefectureNames the name of each prefecture by its two-digit code ({@code "13"} → {@code 東京都}); a code
     *                        whose first two digits are not among them is refused
     */
    public MunicipalityCsvReader(Map<String, String> prefectureNames) {
        this.prefectureNames = Map.copyOf(prefectureNames);
    }

    /**
     * Reads a whole list.
     *
     * @throws MunicipalityCsvException if the file is not a list this reader understands; lines with problems do not
     *                                  throw, they are returned as {@link Rejection}s
     */
    public MunicipalityCsv read(byte[] content) throws MunicipalityCsvException {
        String charset = detectCharset(content);
        String text = new String(content, SHIFT_JIS.equals(charset) ? WINDOWS_31J : StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new MunicipalityCsvException(CsvProblem.EMPTY_FILE);
        }
        return parse(text, charset);
    }

    /** Refuses what is not text, then tells UTF-8 from Shift_JIS by decoding strictly. */
    public static String detectCharset(byte[] content) throws MunicipalityCsvException {
        if (content.length == 0) {
            throw new MunicipalityCsvException(CsvProblem.EMPTY_FILE);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            // xlsx is a zip archive, xls an OLE2 compound file: 総務省 publishes its list as one of these.
            throw new MunicipalityCsvException(CsvProblem.SPREADSHEET);
        }
        for (byte b : content) {
            if (b == 0) {
                throw new MunicipalityCsvException(CsvProblem.NOT_TEXT);
            }
        }
        if (decodes(content, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8.name();
        }
        if (decodes(content, WINDOWS_31J)) {
            return SHIFT_JIS;
        }
        throw new MunicipalityCsvException(CsvProblem.UNKNOWN_CHARSET);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean decodes(byte[] content, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private MunicipalityCsv parse(String text, String charset) throws MunicipalityCsvException {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord = next(records, 0);
            if (headerRecord == null) {
                throw new MunicipalityCsvException(CsvProblem.EMPTY_FILE);
            }
            Header header = Header.of(headerRecord);
            long lastLine = headerRecord.getRecordNumber();

            List<MunicipalityRow> rows = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            Map<LgCode, Long> firstLineOfCode = new HashMap<>();
            int prefectureRows = 0;
            for (CSVRecord record = next(records, lastLine); record != null; record = next(records, lastLine)) {
                lastLine = record.getRecordNumber();
                if (isBlank(record)) {
                    continue;
                }
                try {
                    Optional<MunicipalityRow> row = readLine(header, record);
                    if (row.isEmpty()) {
                        prefectureRows++;
                        continue;
                    }
                    Long first = firstLineOfCode.putIfAbsent(row.get().code(), lastLine);
                    if (first != null) {
                        throw new LineRejected(CsvProblem.DUPLICATE_CODE, row.get().code(), first);
                    }
                    rows.add(row.get());
                } catch (LineRejected rejected) {
                    rejections.add(new Rejection(lastLine, rejected.problem, rejected.arguments));
                }
            }
            return new MunicipalityCsv(header.layout, charset, rows, rejections, prefectureRows);
        } catch (IOException e) {
            throw new MunicipalityCsvException(CsvProblem.MALFORMED, e, 1);
        }
    }

    /**
     * The next record, or {@code null} at the end. Commons CSV reports broken quoting as an unchecked exception from
     * the iterator, from {@code hasNext()} as well, since that already reads ahead.
     */
    private static CSVRecord next(Iterator<CSVRecord> records, long lastLine) throws MunicipalityCsvException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new MunicipalityCsvException(CsvProblem.MALFORMED, e, lastLine + 1);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(value -> value == null || value.isBlank());
    }

    /** @return the row, or empty for a line of the 総務省 list that describes a prefecture */
    private Optional<MunicipalityRow> readLine(Header header, CSVRecord record) throws LineRejected {
        header.checkColumnCount(record);
        String prefectureName = header.value(record, Column.PREFECTURE);
        String name = header.value(record, Column.NAME);
        LgCode code = code(header.value(record, Column.CODE), prefectureName);
        if (code.isPrefecture()) {
            if (name.isEmpty()) {
                return Optional.empty();
            }
            throw new LineRejected(CsvProblem.CODE_OF_PREFECTURE, code);
        }
        checkPrefecture(code, prefectureName);
        if (name.isEmpty()) {
            throw new LineRejected(CsvProblem.NAME_MISSING);
        }
        if (name.length() > Municipality.NAME_MAX) {
            throw new LineRejected(CsvProblem.NAME_TOO_LONG, Municipality.NAME_MAX);
        }
        String kana = reading(header.value(record, Column.KANA));
        BigDecimal latitude = null;
        BigDecimal longitude = null;
        String webSite = null;
        if (header.layout == CsvLayout.LOCALGOVJP) {
            latitude = coordinate(header.value(record, Column.LATITUDE), CsvProblem.LATITUDE_INVALID,
                    LATITUDE_MIN, LATITUDE_MAX);
            longitude = coordinate(header.value(record, Column.LONGITUDE), CsvProblem.LONGITUDE_INVALID,
                    LONGITUDE_MIN, LONGITUDE_MAX);
            if ((latitude == null) != (longitude == null)) {
                throw new LineRejected(CsvProblem.POSITION_INCOMPLETE);
            }
            webSite = webSite(header.value(record, Column.WEB_SITE));
        }
        return Optional.of(new MunicipalityRow(record.getRecordNumber(), code,
                new MunicipalityDetails(name, kana, webSite, latitude, longitude)));
    }

    private LgCode code(String raw, String prefectureName) throws LineRejected {
        String digits = LgCode.normalize(raw);
        if (digits.isEmpty()) {
            throw new LineRejected(CsvProblem.CODE_MISSING);
        }
        String candidate = digits;
        if (digits.length() == 5 && !prefectureName.isEmpty()
                && samePrefectureName(prefectureNames.get("0" + digits.charAt(0)), prefectureName)) {
            candidate = "0" + digits;
        }
        try {
            return LgCode.parse(candidate);
        } catch (LgCodeCheckDigitException e) {
            throw new LineRejected(CsvProblem.CHECK_DIGIT, e.input(), e.expectedDigit());
        } catch (InvalidLgCodeException e) {
            throw new LineRejected(CsvProblem.CODE_FORMAT, raw.strip());
        }
    }

    private void checkPrefecture(LgCode code, String prefectureName) throws LineRejected {
        String known = prefectureNames.get(code.prefectureCode());
        if (known == null) {
            throw new LineRejected(CsvProblem.PREFECTURE_UNKNOWN, code, code.prefectureCode());
        }
        if (!prefectureName.isEmpty() && !samePrefectureName(known, prefectureName)) {
            throw new LineRejected(CsvProblem.PREFECTURE_MISMATCH, prefectureName, code, known);
        }
    }

    private static boolean samePrefectureName(String known, String given) {
        return known != null && comparable(known).equals(comparable(given));
    }

    private static String reading(String raw) throws LineRejected {
        String kana = MunicipalityReading.normalize(raw);
        if (kana.isEmpty()) {
            throw new LineRejected(CsvProblem.KANA_MISSING);
        }
        String foreign = MunicipalityReading.firstNonKana(kana);
        if (!foreign.isEmpty()) {
            throw new LineRejected(CsvProblem.KANA_NOT_KANA, foreign);
        }
        if (kana.length() > Municipality.KANA_MAX) {
            throw new LineRejected(CsvProblem.KANA_TOO_LONG, Municipality.KANA_MAX);
        }
        return kana;
    }

    private static BigDecimal coordinate(String raw, CsvProblem problem, BigDecimal min, BigDecimal max)
            throws LineRejected {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(Normalizer.normalize(raw, Normalizer.Form.NFKC).strip());
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below together with a value out of range: the person fixes both the same way.
        }
        throw new LineRejected(problem, raw, min.toPlainString(), max.toPlainString());
    }

    private static String webSite(String raw) throws LineRejected {
        if (raw.isEmpty()) {
            return null;
        }
        if (raw.length() > Municipality.WEB_SITE_MAX) {
            throw new LineRejected(CsvProblem.WEB_SITE_TOO_LONG, Municipality.WEB_SITE_MAX);
        }
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return raw;
            }
        } catch (URISyntaxException notAUri) {
            // Reported below like any other address that is not a web site.
        }
        throw new LineRejected(CsvProblem.WEB_SITE_INVALID, raw);
    }

    /** Header cells and prefecture names compared as people mean them: width, spaces and case do not count. */
    static String comparable(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace(String.valueOf(BYTE_ORDER_MARK), "")
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The columns the reader uses, and what each list calls them (as {@link #comparable(String)} writes them). */
    private enum Column {
        CODE("lgcode", "団体コード"),
        PREFECTURE("pref", "都道府県名(漢字)"),
        NAME("city", "市区町村名(漢字)"),
        KANA("citykana", "市区町村名(カナ)"),
        LATITUDE("lat", null),
        LONGITUDE("lng", null),
        WEB_SITE("url", null);

        private final String localgovjp;
        private final String soumu;

        Column(String localgovjp, String soumu) {
            this.localgovjp = localgovjp;
            this.soumu = soumu;
        }

        String heading(CsvLayout layout) {
            return layout == CsvLayout.LOCALGOVJP ? localgovjp : soumu;
        }
    }

    /** The header line: which list this is and where its columns are. */
    private static final class Header {

        private final CsvLayout layout;
        private final int size;
        private final Map<Column, Integer> index = new HashMap<>();

        private Header(CsvLayout layout, int size) {
            this.layout = layout;
            this.size = size;
        }

        static Header of(CSVRecord record) throws MunicipalityCsvException {
            List<String> names = record.stream().map(MunicipalityCsvReader::comparable).toList();
            CsvLayout layout;
            if (names.contains(Column.CODE.localgovjp) && names.contains(Column.NAME.localgovjp)) {
                layout = CsvLayout.LOCALGOVJP;
            } else if (names.contains(Column.CODE.soumu)) {
                layout = CsvLayout.SOUMU;
            } else {
                String echo = String.join(",", record.toList()).replace(String.valueOf(BYTE_ORDER_MARK), "");
                throw new MunicipalityCsvException(CsvProblem.UNKNOWN_HEADER,
                        echo.length() > HEADER_ECHO_MAX ? echo.substring(0, HEADER_ECHO_MAX) + "…" : echo);
            }
            Header header = new Header(layout, names.size());
            for (Column column : Column.values()) {
                String heading = column.heading(layout);
                if (heading == null) {
                    continue;
                }
                int at = names.indexOf(heading);
                if (at < 0) {
                    throw new MunicipalityCsvException(CsvProblem.MISSING_COLUMN, displayName(column, layout));
                }
                header.index.put(column, at);
            }
            return header;
        }

        /** The column name as the list prints it, for the message. */
        private static String displayName(Column column, CsvLayout layout) {
            return layout == CsvLayout.LOCALGOVJP
                    ? column.localgovjp
                    : column.soumu.replace("(", "（").replace(")", "）");
        }

        /** A short line is refused; extra columns are tolerated when empty, as spreadsheets leave them. */
        void checkColumnCount(CSVRecord record) throws LineRejected {
            boolean extraValues = false;
            for (int i = size; i < record.size(); i++) {
                extraValues |= !record.get(i).isBlank();
            }
            if (record.size() < size || extraValues) {
                throw new LineRejected(CsvProblem.COLUMN_COUNT, size, record.size());
            }
        }

        /** The value, stripped; empty when the column is empty. */
        String value(CSVRecord record, Column column) {
            Integer at = index.get(column);
            return at == null ? "" : record.get(at).strip();
        }
    }

    /** A line refused by one of the checks; cheap, as it happens for every bad line of a file. */
    private static final class LineRejected extends Exception {

        private static final long serialVersionUID = 1L;

        private final CsvProblem problem;
        private final List<String> arguments;

        LineRejected(CsvProblem problem, Object... arguments) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
        }
    }
}
