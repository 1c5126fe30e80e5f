package jp.tokyo23city.portal.board.entity;

/** How a user hears of what they follow: a mail per post, a daily or weekly digest, or not at all. */
public enum MailMode {
    IMMEDIATE, DAILY, WEEKLY, NONE
}
