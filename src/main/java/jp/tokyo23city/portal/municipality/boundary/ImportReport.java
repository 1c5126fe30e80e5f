package jp.tokyo23city.portal.municipality.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jp.tokyo23city.portal.municipality.control.CsvLayout;
import jp.tokyo23city.portal.municipality.control.Rejection;

/**
 * What an import did: rows added to the master, rows changed, rows already as the list says, and the lines refused
 * with their reasons. Importing the same list twice reports everything as unchanged the second time.
 *
 * @param prefectureRows lines of the 総務省 list describing a prefecture, skipped on purpose (not refused)
 */
public record ImportReport(CsvLayout layout, String charset, int added, int updated, int unchanged,
                           List<Rejection> rejected, int prefectureRows) implements Serializable {

    public ImportReport {
        Objects.requireNonNull(layout, "layout");
        rejected = List.copyOf(rejected);
    }

    public int rejectedCount() {
        return rejected.size();
    }

    // Expression Language 5.0 (Jakarta EE 10) reads JavaBean getters only, not record components.

    public CsvLayout getLayout() {
        return layout;
    }

    public String getCharset() {
        return charset;
    }

    public int getAdded() {
        return added;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejectedCount() {
        return rejectedCount();
    }

    public int getPrefectureRows() {
        return prefectureRows;
    }

    /** One line for the audit log. */
    public String summary() {
        return "layout=" + layout + " charset=" + charset + " added=" + added + " updated=" + updated
                + " unchanged=" + unchanged + " rejected=" + rejected.size() + " prefectureRows=" + prefectureRows;
    }
}
