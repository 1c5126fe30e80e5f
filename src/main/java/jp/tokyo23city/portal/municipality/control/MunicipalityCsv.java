package jp.tokyo23city.portal.municipality.control;

import java.util.List;

/**
 * A list as read: the rows to import and the lines refused, each with its line number.
 *
 * @param layout          which list it was
 * @param charset         the encoding it was read in ({@code UTF-8} or {@code Shift_JIS})
 * @param rows            the accepted lines, in file order
 * @param rejections      the refused lines, in file order
 * @param prefectureRows  lines of the 総務省 list that describe a prefecture itself, skipped on purpose
 */
public record MunicipalityCsv(CsvLayout layout, String charset, List<MunicipalityRow> rows,
                              List<Rejection> rejections, int prefectureRows) {

    public MunicipalityCsv {
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
    }
}
