package jp.tokyo23city.portal.inquiry.entity;

/** Who sent an inquiry: anyone through the public form, member staff or ward staff through the members' form. */
public enum SenderKind {
    PUBLIC,
    MEMBER,
    WARD
}
