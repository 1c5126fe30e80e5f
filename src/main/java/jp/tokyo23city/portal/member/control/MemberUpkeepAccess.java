package jp.tokyo23city.portal.member.control;

/**
 * Who may see and change a member's registration: its own staff (member or ward staff of that member) see and change
 * it; ward staff see every member; admins see and change every member. Nobody else does.
 */
public final class MemberUpkeepAccess {

    private MemberUpkeepAccess() {
    }

    /**
     * @param ownMemberId the member the caller is staff of, or null
     */
    public static boolean mayRead(boolean admin, boolean wardStaff, Long ownMemberId, Long memberId) {
        return memberId != null && (admin || wardStaff || memberId.equals(ownMemberId));
    }

    public static boolean mayChange(boolean admin, Long ownMemberId, Long memberId) {
        return memberId != null && (admin || memberId.equals(ownMemberId));
    }
}
