package jp.tokyo23city.portal.board.boundary;

import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

/**
 * The board's caller, worked out once per request: a page asks the board several times (the list, the pinned
 * threads, the navigation's count, the filter form) and each call would otherwise read the account and the member
 * again. Kept with the name it was worked out for, so a sign-in within the request is never mistaken for another user.
 */
@RequestScoped
class RequestCaller {

    private String name;
    private BoardCaller caller;

    BoardCaller get(String principalName, Supplier<BoardCaller> lookUp) {
        if (caller == null || !principalName.equals(name)) {
            caller = lookUp.get();
            name = principalName;
        }
        return caller;
    }
}
