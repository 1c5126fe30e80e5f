package jp.tokyo23city.portal.member.entity;

/** A person's name as Japanese forms ask for it: 姓・名 and their ふりがな (hiragana). */
public record PersonName(String familyName, String givenName, String familyKana, String givenKana) {
}
