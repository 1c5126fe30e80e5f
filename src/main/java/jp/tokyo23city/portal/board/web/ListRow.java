package jp.tokyo23city.portal.board.web;

import jp.tokyo23city.portal.board.boundary.ThreadRow;

/**
 * One thread of the list as the page shows it: its labels worked out once, in the page's language, so that the list
 * (twenty rows on every view of the board's busiest page) reads plain properties instead of calling methods from EL.
 */
public final class ListRow {

    private final ThreadRow row;
    private final String typeName;
    private final String typeColour;
    private final String statusLabel;
    private final String author;
    private final String created;
    private final String replies;
    private final String lastActivity;
    private final String activityLabel;

    ListRow(ThreadRow row, String typeName, String typeColour, String statusLabel, String author, String created,
            String replies, String lastActivity, String activityLabel) {
        this.row = row;
        this.typeName = typeName;
        this.typeColour = typeColour;
        this.statusLabel = statusLabel;
        this.author = author;
        this.created = created;
        this.replies = replies;
        this.lastActivity = lastActivity;
        this.activityLabel = activityLabel;
    }

    public ThreadRow getRow() {
        return row;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getTypeColour() {
        return typeColour;
    }

    /** The proposal's status, or null. */
    public String getStatusLabel() {
        return statusLabel;
    }

    /** 京丹波町（京都府）; a ward without its prefecture. */
    public String getAuthor() {
        return author;
    }

    public String getCreated() {
        return created;
    }

    /** 返信3件 */
    public String getReplies() {
        return replies;
    }

    /** When the thread last moved, or null when nobody replied. */
    public String getLastActivity() {
        return lastActivity;
    }

    /** The proposal's field (分野), or null. */
    public String getActivityLabel() {
        return activityLabel;
    }
}
