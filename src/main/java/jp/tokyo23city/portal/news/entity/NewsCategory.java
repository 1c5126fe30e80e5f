package jp.tokyo23city.portal.news.entity;

/** The kinds of article the project publishes. */
public enum NewsCategory {
    /** お知らせ */
    NOTICE,
    /** 全国連携NEWS (the newsletter) */
    NEWSLETTER,
    /** TOPIC */
    TOPIC
}
