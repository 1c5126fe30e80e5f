package jp.tokyo23city.portal.member.boundary;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.municipality.control.MunicipalityReading;

/**
 * The filters of a member search as JPQL with parameters, so that a page of results and its count never disagree.
 * Shared by the directory (active members only) and the admin list (every status).
 * <p>
 * The text matches anywhere in the name (as typed and in NFKC, so that ＤＭＯ finds DMO) or anywhere in the reading
 * (NFKC then katakana to hiragana, so that ｷｮｳﾀﾝﾊﾞ and キョウタンバ find きょうたんばちょう).
 */
final class MemberDirectoryCriteria {

    /** The LIKE escape: a character no name or reading contains. */
    private static final char LIKE_ESCAPE = '!';

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    MemberDirectoryCriteria(MemberStatus status, MemberKind kind, String regionCode, String prefectureCode,
                            String text) {
        if (status != null) {
            and("m.status = :status");
            parameters.put("status", status);
        }
        if (kind != null) {
            and("m.kind = :kind");
            parameters.put("kind", kind);
        }
        if (prefectureCode != null && !prefectureCode.isBlank()) {
            and("m.prefectureCode = :prefectureCode");
            parameters.put("prefectureCode", prefectureCode.strip());
        } else if (regionCode != null && !regionCode.isBlank()) {
            and("m.prefectureCode IN (SELECT p.code FROM Prefecture p WHERE p.region.code = :regionCode)");
            parameters.put("regionCode", regionCode.strip());
        }
        String typed = text == null ? "" : text.strip();
        if (!typed.isEmpty()) {
            String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
            String reading = MunicipalityReading.normalize(typed);
            and("(m.name LIKE :typed ESCAPE '!' OR m.name LIKE :folded ESCAPE '!' OR m.kana LIKE :reading ESCAPE '!')");
            parameters.put("typed", "%" + escapeLike(typed) + "%");
            parameters.put("folded", "%" + escapeLike(folded) + "%");
            parameters.put("reading", "%" + escapeLike(reading) + "%");
        }
    }

    private void and(String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    String where() {
        return where.toString();
    }

    /** The parameters {@link #bind} sets, for tests. */
    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
