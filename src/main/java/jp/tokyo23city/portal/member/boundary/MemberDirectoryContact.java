package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;

import jp.tokyo23city.portal.member.entity.MemberContact;

/** A contact person as the members' directory shows it to signed-in staff. Getters for EL. */
public record MemberDirectoryContact(String name, String kana, String position, String email, String phone,
                                     boolean main) implements Serializable {

    static MemberDirectoryContact of(MemberContact contact) {
        return new MemberDirectoryContact(contact.getFullName(), contact.getFullKana(), contact.getPosition(),
                contact.getEmail(), contact.getPhone(), contact.isMain());
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
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
