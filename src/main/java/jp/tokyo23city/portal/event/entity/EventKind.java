package jp.tokyo23city.portal.event.entity;

/** What the project runs. */
public enum EventKind {
    /** 講演会 */
    LECTURE,
    /** 意見交換会 */
    EXCHANGE_MEETING,
    /** 展示 */
    EXHIBITION,
    /** 巡回展示 */
    TOURING_EXHIBITION
}
