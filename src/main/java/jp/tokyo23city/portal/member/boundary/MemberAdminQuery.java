package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;

import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;

/** The filters of the admin member list; each may be {@code null} for "all", status included. */
public record MemberAdminQuery(MemberStatus status, MemberKind kind, String prefectureCode, String text)
        implements Serializable {

    public static MemberAdminQuery all() {
        return new MemberAdminQuery(null, null, null, null);
    }
}
