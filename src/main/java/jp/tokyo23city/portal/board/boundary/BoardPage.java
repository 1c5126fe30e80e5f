package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of the thread list; {@code next} is the cursor of the following page, or null on the last. */
public record BoardPage(List<ThreadRow> rows, String next, long total) implements Serializable {

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
