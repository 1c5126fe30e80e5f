package jp.tokyo23city.portal.member.control;

import jp.tokyo23city.portal.member.entity.PersonName;

/** A contact person (担当者) as typed on the registration page, or normalised by {@link MemberUpkeepInput}. */
public record MemberUpkeepContactForm(String familyName, String givenName, String familyKana, String givenKana,
                                      String position, String email, String phone, boolean main) {

    public PersonName personName() {
        return new PersonName(familyName, givenName, familyKana, givenKana);
    }
}
