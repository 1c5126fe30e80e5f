package jp.tokyo23city.portal.event.entity;

/** Who an event is for, and so who sees it. */
public enum Audience {
    /** 一般公開 */
    PUBLIC,
    /** 会員・特別区職員 */
    MEMBERS,
    /** 特別区職員のみ */
    WARDS
}
