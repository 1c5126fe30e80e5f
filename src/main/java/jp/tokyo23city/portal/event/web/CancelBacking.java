package jp.tokyo23city.portal.event.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventException;
import jp.tokyo23city.portal.event.boundary.SignupService;
import jp.tokyo23city.portal.platform.web.Messages;

/** /events/cancel.xhtml?token=: shows the sign-up of the mailed link and cancels it when asked. */
@Named
@ViewScoped
public class CancelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignupService signups;

    private String token;
    private SignupService.Receipt receipt;
    private boolean cancelled;

    public void open() {
        receipt = signups.findByCancelToken(token).orElse(null);
    }

    public void cancel() {
        try {
            receipt = signups.cancel(token);
            cancelled = true;
        } catch (EventException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public SignupService.Receipt getReceipt() {
        return receipt;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
