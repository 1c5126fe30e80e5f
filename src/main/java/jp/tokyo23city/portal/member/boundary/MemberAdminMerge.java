package jp.tokyo23city.portal.member.boundary;

import java.time.LocalDate;

/**
 * A duplicate member has been merged into another: fired by {@link MemberAdminService#merge} inside its transaction,
 * after the contacts and staff accounts have moved and before it commits.
 * <p>
 * <b>The hook for everything else that belongs to a member.</b> A feature whose rows point to a member (board posts,
 * event sign-ups, inquiries, collaboration records…) observes this event in its boundary and moves its rows from
 * {@code duplicateId} to {@code survivorId}:
 * <pre>
 * void onMerge(&#64;Observes MemberAdminMerge merge) {
 *     em.createQuery("UPDATE Post p SET p.memberId = :to WHERE p.memberId = :from")
 *       .setParameter("to", merge.survivorId()).setParameter("from", merge.duplicateId()).executeUpdate();
 * }
 * </pre>
 * The observer is synchronous and runs in the merge's transaction: if it throws, the whole merge is rolled back,
 * so a merge never leaves anything behind with the duplicate.
 */
public record MemberAdminMerge(long duplicateId, long survivorId, LocalDate on, String mergedBy) {
}
