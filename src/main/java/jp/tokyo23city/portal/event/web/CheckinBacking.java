package jp.tokyo23city.portal.event.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventAccessException;
import jp.tokyo23city.portal.event.boundary.ParticipantService;

/**
 * /events/organise/checkin.xhtml?token=: where the QR code of a confirmation mail leads. An organiser scanning it
 * checks the person in at once; anyone else gets 403, and an unknown code says so.
 */
@Named
@ViewScoped
public class CheckinBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParticipantService service;

    private String token;
    private ParticipantService.CheckIn result;
    private boolean unknown;

    public void open() throws IOException {
        try {
            result = service.checkInByToken(token).orElse(null);
            unknown = result == null;
        } catch (EventAccessException | EJBAccessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ParticipantService.CheckIn getResult() {
        return result;
    }

    public boolean isUnknown() {
        return unknown;
    }
}
