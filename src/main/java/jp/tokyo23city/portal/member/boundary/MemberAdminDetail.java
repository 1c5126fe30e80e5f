package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.util.List;

import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberContact;

/**
 * A member as the admin edit page shows it: the member, its contacts and the user names of its staff accounts,
 * all read inside the transaction. Getters for EL.
 */
public record MemberAdminDetail(Member member, String prefectureName, List<MemberContact> contacts,
                                List<String> staff, String mergedIntoName) implements Serializable {

    public Member getMember() {
        return member;
    }

    public String getPrefectureName() {
        return prefectureName;
    }

    public List<MemberContact> getContacts() {
        return contacts;
    }

    public List<String> getStaff() {
        return staff;
    }

    public String getMergedIntoName() {
        return mergedIntoName;
    }
}
