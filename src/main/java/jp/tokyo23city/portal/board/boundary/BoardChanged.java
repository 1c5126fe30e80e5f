package jp.tokyo23city.portal.board.boundary;

/** Fired when a thread (or anything in it) changed; the index follows once the transaction has committed. */
public record BoardChanged(long threadId) {
}
