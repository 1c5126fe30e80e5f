package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;

/** An attachment as a post lists it: name, "PDF 約3.1MB", whether it has a thumbnail. */
public record AttachmentInfo(long id, Long replyId, String fileName, String description, boolean thumbnail,
                             boolean image) implements Serializable {

    public long getId() {
        return id;
    }

    public Long getReplyId() {
        return replyId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getDescription() {
        return description;
    }

    public boolean isThumbnail() {
        return thumbnail;
    }

    public boolean isImage() {
        return image;
    }
}
