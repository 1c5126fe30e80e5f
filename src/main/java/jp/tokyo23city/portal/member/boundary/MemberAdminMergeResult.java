package jp.tokyo23city.portal.member.boundary;

/** What a merge moved from the duplicate to the surviving member. */
public record MemberAdminMergeResult(long duplicateId, long survivorId, int contactsMoved, int staffMoved,
                                     int applicationsMoved) {
}
