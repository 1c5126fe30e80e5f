package jp.tokyo23city.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.account.boundary.AccountException;
import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.platform.web.Messages;
import jp.tokyo23city.portal.security.PasswordPolicy;

/** /password-reset-confirm.xhtml?token=…: sets a new password through the link from the mail. */
@Named
@RequestScoped
public class PasswordResetConfirmBacking {

    @Inject
    AccountService accounts;

    private String token;
    private Boolean usable;
    private String newPassword;
    private String confirmation;


    public String reset() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.errorFor("resetForm:confirmation", "account.password.message.mismatch");
            return null;
        }
        try {
            accounts.resetPassword(token, newPassword);
        } catch (AccountException e) {
            Messages.error(e.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            usable = null;
            return null;
        } finally {
            newPassword = null;
            confirmation = null;
        }
        Messages.info("password-reset-confirm.message.done");
        Messages.keepAfterRedirect();
        return "/login.xhtml?faces-redirect=true";
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /**
     * Whether the link can still be used; asked on page load, so an expired link says so before anything is typed.
     * The token is read from the request itself: on a postback the form's rendering is decided before view
     * parameters reach this bean, and the form posts back to its own address with the token (o:form useRequestURI).
     */
    public boolean isUsable() {
        if (usable == null) {
            if (token == null) {
                token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
            }
            usable = accounts.isResetTokenUsable(token);
        }
        return usable;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
