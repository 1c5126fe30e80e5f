package jp.tokyo23city.portal.inquiry.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.inquiry.boundary.DeskService;
import jp.tokyo23city.portal.inquiry.boundary.InquiryDetail;
import jp.tokyo23city.portal.inquiry.boundary.InquiryException;
import jp.tokyo23city.portal.inquiry.boundary.InquiryNotFoundException;
import jp.tokyo23city.portal.inquiry.boundary.InquiryOption;
import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /desk/inquiry.xhtml?id=…: one inquiry with its whole history, and what the desk does with it: take it, give it to
 * a colleague, change its status, write an internal note, reply by mail, transfer it to another desk. Each action
 * carries the version the page showed, so two contacts cannot overwrite each other unseen.
 */
@Named
@ViewScoped
public class DeskInquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskService desks;

    @Inject
    EventService events;

    private Long id;
    private InquiryDetail inquiry;
    private List<InquiryOption> contacts = List.of();
    private List<InquiryOption> targets = List.of();
    private boolean missing;
    private String eventTitle;

    private Long assignee;
    private InquiryStatus newStatus;
    private String note;
    private String reply;
    private Long targetDesk;
    private String reason;

    public void load() {
        if (inquiry != null) {
            return;
        }
        try {
            inquiry = id == null ? null : desks.detail(id);
        } catch (InquiryNotFoundException e) {
            inquiry = null;
        }
        missing = inquiry == null;
        if (!missing) {
            contacts = desks.assignableContacts(id);
            targets = desks.transferTargets().stream().filter(d -> d.id() != inquiry.deskId()).toList();
            newStatus = inquiry.status();
            eventTitle = inquiry.eventId() == null ? null
                    : events.find(inquiry.eventId()).map(ProjectEvent::getTitle).orElse(null);
        }
    }

    public String claim() {
        return act(() -> desks.claim(id, inquiry.version()), "desk.inquiry.message.claimed");
    }

    public String assign() {
        if (assignee == null) {
            Messages.errorFor("assignForm:assignee", "desk.inquiry.message.assigneeRequired");
            return null;
        }
        return act(() -> desks.assign(id, assignee, inquiry.version()), "desk.inquiry.message.assigned");
    }

    public String changeStatus() {
        if (newStatus == null) {
            return null;
        }
        return act(() -> desks.changeStatus(id, newStatus, inquiry.version()), "desk.inquiry.message.statusChanged");
    }

    public String addNote() {
        return act(() -> desks.note(id, note), "desk.inquiry.message.noted");
    }

    public String sendReply() {
        return act(() -> desks.reply(id, reply, inquiry.version()), "desk.inquiry.message.replied");
    }

    public String transfer() {
        if (targetDesk == null) {
            Messages.errorFor("transferForm:target", "desk.inquiry.message.deskRequired");
            return null;
        }
        String next = act(() -> desks.transfer(id, targetDesk, reason, inquiry.version()),
                "desk.inquiry.message.transferred");
        // After a transfer to a desk the contact does not work for, the inquiry is no longer theirs to see.
        return next == null ? null : "/desk/index?faces-redirect=true";
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (InquiryException e) {
            Messages.error(e.getMessageKey());
            return null;
        } catch (InquiryNotFoundException e) {
            Messages.error("desk.inquiry.message.notFound");
            return null;
        }
        Messages.info(doneKey);
        Messages.keepAfterRedirect();
        return "/desk/inquiry?faces-redirect=true&id=" + id;
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public InquiryDetail getInquiry() {
        return inquiry;
    }

    /** The title of the event the inquiry refers to, when the contact may see that event. */
    public String getEventTitle() {
        return eventTitle;
    }

    public boolean isMissing() {
        return missing;
    }

    public List<InquiryOption> getContacts() {
        return contacts;
    }

    public List<InquiryOption> getTargets() {
        return targets;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }

    public InquiryStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(InquiryStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Long getTargetDesk() {
        return targetDesk;
    }

    public void setTargetDesk(Long targetDesk) {
        this.targetDesk = targetDesk;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
