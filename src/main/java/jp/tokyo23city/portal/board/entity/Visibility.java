package jp.tokyo23city.portal.board.entity;

/** Who reads the threads of a post type. */
public enum Visibility {
    ALL_MEMBERS, WARDS_AND_ADMINS
}
