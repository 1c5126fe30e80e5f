package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.util.List;

import jp.tokyo23city.portal.member.entity.MemberKind;

/**
 * A member as the members' directory lists it, with its department, phone, e-mail and contact persons. Only
 * {@link MemberDirectoryService}, which signed-in staff alone may call, makes these. Getters for EL.
 */
public record MemberDirectoryEntry(long id, String name, String kana, MemberKind kind, String lgCode,
                                   String prefectureName, String regionName, String department, String phone,
                                   String email, String postalCode, String address, String webSite,
                                   List<MemberDirectoryContact> contacts) implements Serializable {

    public MemberDirectoryEntry {
        contacts = List.copyOf(contacts);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getLgCode() {
        return lgCode;
    }

    public String getPrefectureName() {
        return prefectureName;
    }

    public String getRegionName() {
        return regionName;
    }

    public String getDepartment() {
        return department;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    public String getWebSite() {
        return webSite;
    }

    public List<MemberDirectoryContact> getContacts() {
        return contacts;
    }

    /** The main contact (主担当者), or {@code null}. */
    public MemberDirectoryContact getMainContact() {
        return contacts.stream().filter(MemberDirectoryContact::main).findFirst().orElse(null);
    }
}
