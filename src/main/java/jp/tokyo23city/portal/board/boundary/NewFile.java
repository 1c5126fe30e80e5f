package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;

/** A file as uploaded: the name the browser sent and the bytes. Its type is decided by content, not by name. */
public record NewFile(String fileName, byte[] content) implements Serializable {
}
