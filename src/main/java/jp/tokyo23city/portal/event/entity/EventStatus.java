package jp.tokyo23city.portal.event.entity;

/** Draft → published → (cancelled | held). */
public enum EventStatus {
    /** 下書き: only admins see it. */
    DRAFT,
    /** 公開: public from its publishing time on. */
    PUBLISHED,
    /** 中止 */
    CANCELLED,
    /** 開催済み: the report is shown. */
    HELD
}
