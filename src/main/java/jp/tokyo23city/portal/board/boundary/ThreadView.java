package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.tokyo23city.portal.board.entity.Activity;
import jp.tokyo23city.portal.board.entity.ProposalStatus;

/** A thread as its page shows it to one user: the opening post, replies, files, interest, and what the user may do. */
public record ThreadView(long id, long typeId, String typeName, String typeColour, boolean proposal, String title,
                         String bodyHtml, String body, String authorName, String memberName, String prefectureCode,
                         boolean authorWard, Activity activity, ProposalStatus status, Instant createdAt,
                         boolean edited, boolean hidden, boolean locked, boolean pinned, boolean ended,
                         boolean pending, boolean deleted, LocalDate periodEnd, boolean allWards,
                         List<String> wardNames, List<FieldRow> fields, List<AttachmentInfo> attachments,
                         List<ReplyView> replies, List<String> interestedWards, List<HistoryRow> history,
                         Permissions can) implements Serializable {

    /** What the viewing user may do on this thread. */
    public record Permissions(boolean edit, boolean delete, boolean restore, boolean reply, boolean moderate,
                              boolean markInterest, boolean interested, boolean changeStatus, boolean report,
                              boolean approve, boolean following) implements Serializable {

        public boolean isFollowing() {
            return following;
        }

        public boolean isEdit() {
            return edit;
        }

        public boolean isDelete() {
            return delete;
        }

        public boolean isRestore() {
            return restore;
        }

        public boolean isReply() {
            return reply;
        }

        public boolean isModerate() {
            return moderate;
        }

        public boolean isMarkInterest() {
            return markInterest;
        }

        public boolean isInterested() {
            return interested;
        }

        public boolean isChangeStatus() {
            return changeStatus;
        }

        public boolean isReport() {
            return report;
        }

        public boolean isApprove() {
            return approve;
        }
    }

    /** An entry of the thread's history (edits, status changes, moderation). */
    public record HistoryRow(String kind, String actorName, String detail, Instant at) implements Serializable {

        public String getKind() {
            return kind;
        }

        public String getActorName() {
            return actorName;
        }

        public String getDetail() {
            return detail;
        }

        public Instant getAt() {
            return at;
        }
    }

    public long getId() {
        return id;
    }

    public long getTypeId() {
        return typeId;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getTypeColour() {
        return typeColour;
    }

    public boolean isProposal() {
        return proposal;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBody() {
        return body;
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

    public boolean isAuthorWard() {
        return authorWard;
    }

    public Activity getActivity() {
        return activity;
    }

    public ProposalStatus getStatus() {
        return status;
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

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isEnded() {
        return ended;
    }

    public boolean isPending() {
        return pending;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public boolean isAllWards() {
        return allWards;
    }

    public List<String> getWardNames() {
        return wardNames;
    }

    public List<FieldRow> getFields() {
        return fields;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }

    public List<ReplyView> getReplies() {
        return replies;
    }

    /** The replies not deleted (admins see deleted ones in the list too, to restore them). */
    public long getReplyCount() {
        return replies.stream().filter(reply -> !reply.deleted()).count();
    }

    public List<String> getInterestedWards() {
        return interestedWards;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public Permissions getCan() {
        return can;
    }
}
