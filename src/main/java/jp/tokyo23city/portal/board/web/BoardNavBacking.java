package jp.tokyo23city.portal.board.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.board.boundary.BoardService;

/** The navigation's "new since your last visit" count of the board, read once per request when shown. */
@Named
@RequestScoped
public class BoardNavBacking {

    @Inject
    BoardService board;

    private Long count;

    public long getNewCount() {
        if (count == null) {
            try {
                count = board.newSinceLastVisit();
            } catch (RuntimeException e) {
                count = 0L;
            }
        }
        return count;
    }

    /** The list was opened in this request: nothing is new since (and the count need not be read again). */
    public void visited() {
        board.visited();
        count = 0L;
    }

    /** The count as shown: "99+" beyond what is counted. */
    public String getNewLabel() {
        long value = getNewCount();
        return value >= BoardService.NEW_COUNT_MAX ? (BoardService.NEW_COUNT_MAX - 1) + "+" : Long.toString(value);
    }
}
