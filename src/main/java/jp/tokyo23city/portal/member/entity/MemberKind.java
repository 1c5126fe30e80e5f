package jp.tokyo23city.portal.member.entity;

/** What kind of body a member is. */
public enum MemberKind {
    /** A municipality (市区町村) of Japan, identified by its local government code. */
    MUNICIPALITY,
    /** An organisation that is not a municipality: 市長会, 町村会, DMO, 観光協会… */
    ORGANISATION,
    /** One of the 23 special wards. */
    WARD
}
