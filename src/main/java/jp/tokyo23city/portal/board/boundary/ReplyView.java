package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A reply as the thread page and the reply's edit page show it, with what the caller may do to it. */
public record ReplyView(long id, long threadId, String authorName, String memberName, String prefectureCode,
                        boolean wardAnswer, String bodyHtml, String body, Instant createdAt, boolean edited,
                        boolean hidden, boolean deleted, boolean mine, List<AttachmentInfo> attachments,
                        Permissions can) implements Serializable {

    /** What the caller may do: the author's member edits and deletes (admins delete too); admins restore. */
    public record Permissions(boolean edit, boolean delete, boolean restore) implements Serializable {
        public boolean isEdit() {
            return edit;
        }

        public boolean isDelete() {
            return delete;
        }

        public boolean isRestore() {
            return restore;
        }
    }

    public long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
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

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isMine() {
        return mine;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }

    public Permissions getCan() {
        return can;
    }
}
