package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;

import jp.tokyo23city.portal.member.entity.MemberKind;

/**
 * The filters of the members' directory; any of them may be {@code null} for "all".
 *
 * @param regionCode     a region's code (e.g. {@code kinki})
 * @param prefectureCode two digits
 * @param kind           municipality, organisation or ward
 * @param text           part of the name or of its reading, in hiragana, katakana or half-width katakana
 */
public record MemberDirectoryQuery(String regionCode, String prefectureCode, MemberKind kind, String text)
        implements Serializable {

    public static final int TEXT_MAX = 64;

    public static MemberDirectoryQuery all() {
        return new MemberDirectoryQuery(null, null, null, null);
    }
}
