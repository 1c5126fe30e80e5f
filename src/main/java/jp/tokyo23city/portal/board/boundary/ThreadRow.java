package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jp.tokyo23city.portal.board.entity.Activity;
import jp.tokyo23city.portal.board.entity.ProposalStatus;
import jp.tokyo23city.portal.board.entity.ThreadState;

/** One line of the thread list, read in one query (no entity, no collections). */
public class ThreadRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final Long typeId;
    private final String title;
    private final String memberName;
    private final String prefectureCode;
    private final boolean authorWard;
    private final Activity activity;
    private final ProposalStatus status;
    private final Instant createdAt;
    private final Instant lastActivityAt;
    private final int replyCount;
    private final boolean pinned;
    private final boolean archived;
    private final boolean hidden;
    private final boolean locked;
    private final LocalDate periodEnd;
    private final ThreadState state;
    private final Instant deletedAt;
    private String titleHtml;
    private boolean unread;
    private String passageHtml;

    public ThreadRow(Long id, Long typeId, String title, String memberName, String prefectureCode, boolean authorWard,
                     Activity activity, ProposalStatus status, Instant createdAt, Instant lastActivityAt,
                     int replyCount, boolean pinned, boolean archived, boolean hidden, boolean locked,
                     LocalDate periodEnd, ThreadState state, Instant deletedAt) {
        this.id = id;
        this.typeId = typeId;
        this.title = title;
        this.memberName = memberName;
        this.prefectureCode = prefectureCode;
        this.authorWard = authorWard;
        this.activity = activity;
        this.status = status;
        this.createdAt = createdAt;
        this.lastActivityAt = lastActivityAt;
        this.replyCount = replyCount;
        this.pinned = pinned;
        this.archived = archived;
        this.hidden = hidden;
        this.locked = locked;
        this.periodEnd = periodEnd;
        this.state = state;
        this.deletedAt = deletedAt;
    }

    /** The search's highlighted title and passage (escaped HTML), when the row was found by words. */
    public void highlight(String titleHtml, String passageHtml) {
        this.titleHtml = titleHtml;
        this.passageHtml = passageHtml;
    }

    public Long getId() {
        return id;
    }

    public Long getTypeId() {
        return typeId;
    }

    public String getTitle() {
        return title;
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

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** Archived, or its period has ended since the last archiving run: shown as 終了. */
    public boolean isEnded() {
        return archived || (periodEnd != null && periodEnd.isBefore(jp.tokyo23city.portal.platform.JapaneseDates.today()));
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPending() {
        return state == ThreadState.PENDING;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Set by the service: activity since the user last opened the thread (or never opened). */
    public void markUnread(boolean unread) {
        this.unread = unread;
    }

    public boolean isUnread() {
        return unread;
    }

    public String getTitleHtml() {
        return titleHtml;
    }

    public String getPassageHtml() {
        return passageHtml;
    }

    /** The keyset cursor after this row for a sort. */
    public String cursor(BoardQuery.Sort sort) {
        Instant at = sort == BoardQuery.Sort.ACTIVITY ? lastActivityAt : createdAt;
        return at.toEpochMilli() + "_" + id;
    }
}
