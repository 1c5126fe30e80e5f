package jp.tokyo23city.portal.member.entity;

/** A member's contact details, already normalised (see {@code member.control.ContactInput}). */
public record MemberDetails(String department, String postalCode, String address, String phone, String email,
                            String webSite) {
}
