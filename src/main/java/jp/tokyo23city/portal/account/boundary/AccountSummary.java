package jp.tokyo23city.portal.account.boundary;

/** What pages need to know of the signed-in account on every request: its id, name as shown, and member. */
public record AccountSummary(long id, String displayName, Long memberId) {
}
