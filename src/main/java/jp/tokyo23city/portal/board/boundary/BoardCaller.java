package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;

/**
 * The signed-in user as the board sees them: their account, their member (name, prefecture) and what they may do.
 * A ward's staff act for their ward ({@code wardId} is their member's id).
 */
public record BoardCaller(Long accountId, String displayName, Long memberId, String memberName,
                          String prefectureCode, boolean admin, boolean wardStaff) implements Serializable {

    /** Admins and ward staff hide, lock and pin posts. */
    public boolean moderator() {
        return admin || wardStaff;
    }

    /** The ward this user speaks for, or null. */
    public Long wardId() {
        return wardStaff ? memberId : null;
    }

    /** Who wrote a post, as shown: "京丹波町（京都府）" style comes from the member; an admin shows their own name. */
    public String actorName() {
        return memberName != null ? memberName : displayName;
    }
}
