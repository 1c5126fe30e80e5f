package jp.tokyo23city.portal.board.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.boundary.BoardService;
import jp.tokyo23city.portal.board.boundary.ThreadView;
import jp.tokyo23city.portal.board.entity.BoardHistory;
import jp.tokyo23city.portal.board.entity.ProposalStatus;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /board/thread.xhtml?id=…: a thread with its replies and files; reply (with files), 関心あり, proposal status,
 * moderation, edit/delete/restore of the thread and of replies (a reply's deletion asks first) and report, each
 * allowed only as the service decides.
 */
@Named
@ViewScoped
public class ThreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoardService board;

    @Inject
    transient MunicipalityService municipalities;

    private Long id;
    private ThreadView thread;
    private String replyBody;
    private transient List<Part> replyFiles;
    private String status;
    private String reportReason;
    private java.util.Map<String, String> prefectureNames;
    private String problem;
    /** The thread's deletion waits for the user's confirmation. */
    private boolean deleting;
    /** The reply whose deletion waits for the user's confirmation. */
    private Long deletingReplyId;

    /**
     * Loads the thread. A refusal is shown by the page itself (not as a faces message): a view action runs before the
     * view's locale is set, and the message would come out in the server's language.
     */
    public void load() {
        if (id == null) {
            problem = "board.message.notFound";
            return;
        }
        try {
            thread = board.thread(id);
            status = thread.status() == null ? null : thread.status().name();
        } catch (BoardException e) {
            thread = null;
            problem = e.getMessageKey();
        }
    }

    public String getProblem() {
        return problem;
    }

    private String again(String messageKey) {
        Messages.info(messageKey);
        Messages.keepAfterRedirect();
        return "/board/thread.xhtml?faces-redirect=true&id=" + id;
    }

    private String refused(BoardException e) {
        Messages.error(e.getMessageKey(), e.getArguments());
        return null;
    }

    public String reply() {
        try {
            board.reply(id, replyBody, Uploads.read(replyFiles, board.attachmentMaxBytes(),
                    (int) (board.attachmentMaxBytes() / (1024 * 1024))));
            return again("board.message.replied");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String markInterest() {
        try {
            board.markInterest(id);
            return again("board.message.interestMarked");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String withdrawInterest() {
        try {
            board.withdrawInterest(id);
            return again("board.message.interestWithdrawn");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String changeStatus() {
        try {
            ProposalStatus chosen = ProposalStatus.valueOf(status);
            board.changeStatus(id, chosen, Messages.text("board.status." + chosen.name()));
            return again("board.message.statusChanged");
        } catch (IllegalArgumentException | NullPointerException e) {
            Messages.error("board.message.notAllowed");
            return null;
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String moderate(String action) {
        try {
            board.moderate(id, BoardHistory.Kind.valueOf(action));
            return again("board.message.moderated");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    /** The first step: the page asks whether to delete the post with its replies. */
    public String askDelete() {
        deleting = thread != null && thread.can().delete();
        return null;
    }

    public String cancelDelete() {
        deleting = false;
        return null;
    }

    public String delete() {
        if (!deleting) {
            return null;
        }
        try {
            board.delete(id);
            Messages.info("board.message.deleted");
            Messages.keepAfterRedirect();
            return "/board/index.xhtml?faces-redirect=true";
        } catch (BoardException e) {
            return refused(e);
        }
    }

    /** The first step: the page asks whether to delete the reply. */
    public String askDeleteReply(long replyId) {
        if (thread != null && thread.replies().stream().anyMatch(r -> r.id() == replyId && r.can().delete())) {
            deletingReplyId = replyId;
        }
        return null;
    }

    public String cancelDeleteReply() {
        deletingReplyId = null;
        return null;
    }

    public String deleteReply() {
        if (deletingReplyId == null) {
            return null;
        }
        try {
            board.deleteReply(deletingReplyId);
            return again("board.message.replyDeleted");
        } catch (BoardException e) {
            deletingReplyId = null;
            return refused(e);
        }
    }

    public String restoreReply(long replyId) {
        try {
            board.restoreReply(replyId);
            return again("board.message.replyRestored");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String follow() {
        try {
            board.follow(jp.tokyo23city.portal.board.entity.FollowKind.THREAD, id);
            return again("board.message.followed");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String unfollow() {
        board.unfollow(jp.tokyo23city.portal.board.entity.FollowKind.THREAD, id);
        return again("board.message.unfollowed");
    }

    public String restore() {
        try {
            board.restore(id);
            return again("board.message.restored");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String approve() {
        try {
            board.approve(id);
            return again("board.message.approved");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String report() {
        try {
            board.report(id, reportReason);
            return again("board.message.reported");
        } catch (BoardException e) {
            return refused(e);
        }
    }

    public String prefectureName(String code) {
        if (prefectureNames == null) {
            prefectureNames = new java.util.HashMap<>();
            municipalities.prefectures().forEach(p -> prefectureNames.put(p.getCode(), p.getName()));
        }
        return code == null ? "" : prefectureNames.getOrDefault(code, "");
    }

    public ProposalStatus[] getStatuses() {
        return ProposalStatus.values();
    }

    public long getAttachmentMaxMegabytes() {
        return board.attachmentMaxBytes() / (1024 * 1024);
    }

    public boolean isDeleting() {
        return deleting;
    }

    public Long getDeletingReplyId() {
        return deletingReplyId;
    }

    public ThreadView getThread() {
        return thread;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }

    public List<Part> getReplyFiles() {
        return replyFiles;
    }

    public void setReplyFiles(List<Part> replyFiles) {
        this.replyFiles = replyFiles;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }
}
