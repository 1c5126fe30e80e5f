package jp.tokyo23city.portal.board.entity;

/** What a structured field of a post type holds, and so how the form asks for it and how the thread shows it. */
public enum FieldKind {
    TEXT, TEXTAREA, DATE, PERIOD, URL, VIDEO_URL, NUMBER, WARDS, ACTIVITY
}
