package jp.tokyo23city.portal.platform.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import jp.tokyo23city.portal.security.Roles;

/**
 * The visitor's roles for views, {@code #{viewer.admin}}: each asked of the container once per request. The layout's
 * navigation asks a dozen times on every page, and each {@code request.isUserInRole} is a permission check.
 * Only what a page shows depends on this; services check roles themselves.
 */
@Named("viewer")
@RequestScoped
public class ViewerBacking {

    @Inject
    HttpServletRequest request;

    private final Map<String, Boolean> roles = new HashMap<>();

    private boolean in(String role) {
        return roles.computeIfAbsent(role, request::isUserInRole);
    }

    public boolean isAdmin() {
        return in(Roles.ADMIN);
    }

    public boolean isWardStaff() {
        return in(Roles.WARD_STAFF);
    }

    public boolean isMemberStaff() {
        return in(Roles.MEMBER_STAFF);
    }

    public boolean isDeskContact() {
        return in(Roles.DESK_CONTACT);
    }

    /** A municipality's or a ward's staff: they keep their member's registration and write on the board. */
    public boolean isMunicipalStaff() {
        return isMemberStaff() || isWardStaff();
    }

    /** Admins and the staff of wards and members: the members' pages (directory, board). */
    public boolean isMembersArea() {
        return isAdmin() || isWardStaff() || isMemberStaff();
    }
}
