package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;

/** A file sent with an inquiry, as uploaded: its name as the sender had it and its bytes. */
public record InquiryFile(String fileName, byte[] content) implements Serializable {
}
