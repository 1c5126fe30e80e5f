package jp.tokyo23city.portal.security;

/**
 * The portal's roles, as group names of the identity store and role names of {@code @RolesAllowed}. A person may
 * hold several.
 */
public final class Roles {

    /** Project office staff: approve members, run events, publish news, manage the portal. */
    public static final String ADMIN = "ADMIN";
    /** Staff of one of the 23 special wards. */
    public static final String WARD_STAFF = "WARD_STAFF";
    /** Staff of a member municipality or organisation. */
    public static final String MEMBER_STAFF = "MEMBER_STAFF";
    /** Handles the inquiries of a desk. */
    public static final String DESK_CONTACT = "DESK_CONTACT";

    private Roles() {
    }
}
