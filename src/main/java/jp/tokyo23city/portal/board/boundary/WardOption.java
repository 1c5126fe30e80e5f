package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;

/** A ward that posts may address. */
public record WardOption(long id, String name) implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
