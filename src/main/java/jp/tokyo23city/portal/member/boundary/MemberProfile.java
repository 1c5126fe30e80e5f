package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;

/** What other features need to know of a member: its name, prefecture, department and whether it is a ward. */
public record MemberProfile(long id, String name, String prefectureCode, String department, boolean ward)
        implements Serializable {
}
