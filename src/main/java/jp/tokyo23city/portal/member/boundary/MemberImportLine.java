package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;

/**
 * What became of one row of an imported CSV file: added as member {@code memberId}, or rejected for the reason
 * under {@code messageKey} of the UI bundle. Getters for EL.
 *
 * @param line the row number as Excel shows it (the header is row 1)
 * @param name the name given in the row, or the master's name for a municipality
 */
public record MemberImportLine(long line, String name, Long memberId, String messageKey, Object[] arguments)
        implements Serializable {

    public long getLine() {
        return line;
    }

    public String getName() {
        return name;
    }

    public Long getMemberId() {
        return memberId;
    }

    public boolean isAdded() {
        return memberId != null;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
