package jp.tokyo23city.portal.member.control;

/** One contact person (担当者) of a member, for the second sheet and the contacts CSV. */
public record MemberExportContact(long memberId, String memberName, boolean main, String name, String kana,
                                  String position, String email, String phone) {
}
