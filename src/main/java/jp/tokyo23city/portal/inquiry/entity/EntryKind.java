package jp.tokyo23city.portal.inquiry.entity;

/** What an entry of an inquiry's history records. Only RECEIVED and REPLY are shown to the sender. */
public enum EntryKind {
    /** The inquiry as sent. */
    RECEIVED,
    /** An answer mailed to the sender. */
    REPLY,
    /** An internal note (内部メモ), never shown to the sender. */
    NOTE,
    STATUS,
    ASSIGNMENT,
    TRANSFER,
    REMINDER;

    public boolean isVisibleToSender() {
        return this == RECEIVED || this == REPLY;
    }
}
