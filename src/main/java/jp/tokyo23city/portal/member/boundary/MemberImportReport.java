package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.util.List;

/** The result of a member import: one entry per row, in file order. */
public record MemberImportReport(List<MemberImportLine> lines) implements Serializable {

    public MemberImportReport {
        lines = List.copyOf(lines);
    }

    public List<MemberImportLine> getLines() {
        return lines;
    }

    public long getAdded() {
        return lines.stream().filter(MemberImportLine::isAdded).count();
    }

    public long getRejected() {
        return lines.size() - getAdded();
    }
}
