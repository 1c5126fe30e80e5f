package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;

/** What the applicant is told after applying or confirming: the member name, the address mailed to, and warnings. */
public record ApplicationReceipt(long applicationId, String memberName, String email, boolean codeInMaster,
                                 boolean joinsExistingMember) implements Serializable {

    public String getMemberName() {
        return memberName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isCodeInMaster() {
        return codeInMaster;
    }

    public boolean isJoinsExistingMember() {
        return joinsExistingMember;
    }
}
