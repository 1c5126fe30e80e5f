package jp.tokyo23city.portal.event.entity;

/** What a file of an event is for. */
public enum FilePurpose {
    /** チラシ (PDF) */
    FLYER,
    /** 画像 */
    IMAGE,
    /** 当日の様子 (写真, shown in the report) */
    PHOTO,
    /** 登壇者の資料 (PDF) */
    MATERIALS
}
