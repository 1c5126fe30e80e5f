package jp.tokyo23city.portal.event.control;

import jp.tokyo23city.portal.event.entity.ProjectEvent;

/** Who organises an event: admins, and the staff accounts assigned to it. Nobody else sees its participants. */
public final class OrganiserAccess {

    private OrganiserAccess() {
    }

    public static boolean mayManage(boolean admin, Long accountId, ProjectEvent event) {
        return admin || event.isOrganisedBy(accountId);
    }
}
