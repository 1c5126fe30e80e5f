package jp.tokyo23city.portal.board.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.boundary.BoardService;
import jp.tokyo23city.portal.board.boundary.ReplyView;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /board/edit-reply.xhtml?id=…: the author's member edits the text of a reply. Anyone else gets the service's
 * refusal, shown by the page itself (as on the thread page), and no form.
 */
@Named
@ViewScoped
public class EditReplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoardService board;

    private ReplyView reply;
    private String body;
    private String problem;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            if (id == null || !id.strip().matches("\\d{1,18}")) {
                throw new BoardException("board.message.notFound");
            }
            reply = board.editableReply(Long.parseLong(id.strip()));
            body = reply.body();
        } catch (BoardException e) {
            reply = null;
            problem = e.getMessageKey();
        }
    }

    public String save() {
        if (reply == null) {
            return null;
        }
        try {
            board.editReply(reply.id(), body);
            Messages.info("board.message.replyEdited");
            Messages.keepAfterRedirect();
            return "/board/thread.xhtml?faces-redirect=true&id=" + reply.threadId();
        } catch (BoardException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public ReplyView getReply() {
        return reply;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getProblem() {
        return problem;
    }
}
