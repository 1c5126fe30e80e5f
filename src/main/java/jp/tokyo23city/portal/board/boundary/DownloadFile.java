package jp.tokyo23city.portal.board.boundary;

/** A file to send: the name, the type detected on upload, the bytes. */
public record DownloadFile(long id, String fileName, String contentType, byte[] content) {
}
