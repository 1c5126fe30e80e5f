package jp.tokyo23city.portal.member.entity;

/**
 * What an applicant submitted, already normalised and validated field by field. For a municipality the name and
 * prefecture come from the master (or from the code, when the master lacks it).
 */
public record ApplicationForm(MemberKind kind, String lgCode, String memberName, String memberKana,
                              String prefectureCode, String department, PersonName name, String position, String email,
                              String phone, String postalCode, String address, String webSite, String reason) {
}
