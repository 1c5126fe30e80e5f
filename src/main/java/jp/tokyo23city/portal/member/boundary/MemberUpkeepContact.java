package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;

import jp.tokyo23city.portal.member.entity.MemberContact;

/** A contact person (担当者) of a member, as the registration page shows and edits it. */
public record MemberUpkeepContact(Long id, String familyName, String givenName, String familyKana, String givenKana,
                                  String position, String email, String phone, boolean main, long version)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static MemberUpkeepContact of(MemberContact contact, long version) {
        return new MemberUpkeepContact(contact.getId(), contact.getFamilyName(), contact.getGivenName(),
                contact.getFamilyKana(), contact.getGivenKana(), contact.getPosition(), contact.getEmail(),
                contact.getPhone(), contact.isMain(), version);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return familyName + " " + givenName;
    }

    public String getFullKana() {
        return familyKana + " " + givenKana;
    }

    public String getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isMain() {
        return main;
    }
}
