package jp.tokyo23city.portal.member.entity;

/** Where a membership application stands. */
public enum ApplicationStatus {
    /** 確認待ち: the applicant has not yet opened the link mailed to them. */
    UNVERIFIED,
    /** 承認待ち: verified, waiting for an admin. */
    PENDING,
    /** 承認済み */
    APPROVED,
    /** 却下 */
    REJECTED
}
