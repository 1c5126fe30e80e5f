package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A reply as the thread page shows it. */
public record ReplyView(long id, String authorName, String memberName, String prefectureCode, boolean wardAnswer,
                        String bodyHtml, String body, Instant createdAt, boolean edited, boolean hidden,
                        boolean mine, List<AttachmentInfo> attachments) implements Serializable {

    public long getId() {
        return id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public boolean isWardAnswer() {
        return wardAnswer;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEdited() {
        return edited;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isMine() {
        return mine;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }
}
