package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the thread list; {@code next} is the cursor of the following page, or null on the last. A search tells
 * how many threads it found ({@code total}; at least that many when {@code totalAtLeast}).
 */
public record BoardPage(List<ThreadRow> rows, String next, long total, boolean totalAtLeast) implements Serializable {

    public List<ThreadRow> getRows() {
        return rows;
    }

    public String getNext() {
        return next;
    }

    public long getTotal() {
        return total;
    }
}
