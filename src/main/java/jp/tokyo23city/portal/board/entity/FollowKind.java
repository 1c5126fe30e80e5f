package jp.tokyo23city.portal.board.entity;

/** What a user follows: a post type, a thread, or everything addressed to their ward. */
public enum FollowKind {
    TYPE, THREAD, WARD
}
