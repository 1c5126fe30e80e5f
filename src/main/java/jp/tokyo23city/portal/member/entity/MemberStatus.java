package jp.tokyo23city.portal.member.entity;

/** Where a member stands; only ACTIVE members count as 会員. */
public enum MemberStatus {
    ACTIVE,
    INACTIVE
}
