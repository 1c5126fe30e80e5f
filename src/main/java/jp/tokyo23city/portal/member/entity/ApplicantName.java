package jp.tokyo23city.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The applicant's 姓・名 and ふりがな, as stored with an application. */
@Embeddable
public class ApplicantName {

    @Column(length = MemberContact.NAME_MAX, nullable = false)
    String familyName;

    @Column(length = MemberContact.NAME_MAX, nullable = false)
    String givenName;

    @Column(length = MemberContact.KANA_MAX, nullable = false)
    String familyKana;

    @Column(length = MemberContact.KANA_MAX, nullable = false)
    String givenKana;

    protected ApplicantName() {
    }

    ApplicantName(String familyName, String givenName, String familyKana, String givenKana) {
        this.familyName = familyName;
        this.givenName = givenName;
        this.familyKana = familyKana;
        this.givenKana = givenKana;
    }
}
