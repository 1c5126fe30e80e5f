package jp.tokyo23city.portal.event.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventAccessException;
import jp.tokyo23city.portal.event.boundary.EventException;
import jp.tokyo23city.portal.event.boundary.ParticipantService;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.Signup;
import jp.tokyo23city.portal.event.entity.SignupStatus;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /events/organise/participants.xhtml?id=: the organisers' list of an event — check-in on the day (one tap per row
 * on a tablet), approval, exports and a mail to all. Anyone else gets 403.
 */
@Named
@ViewScoped
public class ParticipantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParticipantService service;

    private Long id;
    private ProjectEvent event;
    private List<Signup> signups;
    private String subject;
    private String body;
    private boolean includeWaitlist;

    public void open() throws IOException {
        try {
            event = service.event(id == null ? -1 : id);
            reload();
        } catch (EventAccessException | EJBAccessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void reload() {
        signups = service.participants(id);
    }

    public void checkIn(long signupId) {
        service.checkIn(id, signupId);
        Messages.info("events.organise.message.checkedIn", name(signupId));
        reload();
    }

    public void undoCheckIn(long signupId) {
        service.undoCheckIn(id, signupId);
        reload();
    }

    public void approve(long signupId) {
        service.approve(id, signupId);
        reload();
    }

    public void reject(long signupId) {
        service.reject(id, signupId);
        reload();
    }

    public void remindNow() {
        Messages.info("events.organise.message.reminded", service.remindNow(id));
    }

    public void mailAll() {
        try {
            int sent = service.mailAll(id, subject, body, includeWaitlist);
            Messages.info("events.organise.message.mailed", sent);
            subject = null;
            body = null;
        } catch (EventException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    private String name(long signupId) {
        return signups.stream().filter(s -> s.getId() == signupId).map(Signup::getName).findFirst().orElse("");
    }

    public long count(String status) {
        SignupStatus wanted = SignupStatus.valueOf(status);
        return signups.stream().filter(s -> s.getStatus() == wanted).count();
    }

    public long getCheckedIn() {
        return signups.stream().filter(Signup::isCheckedIn).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectEvent getEvent() {
        return event;
    }

    public List<Signup> getSignups() {
        return signups;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isIncludeWaitlist() {
        return includeWaitlist;
    }

    public void setIncludeWaitlist(boolean includeWaitlist) {
        this.includeWaitlist = includeWaitlist;
    }
}
