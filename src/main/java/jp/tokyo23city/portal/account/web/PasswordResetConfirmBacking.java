package jp.tokyo23city.portal.account.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.account.boundary.AccountException;
import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.platform.web.Messages;
import jp.tokyo23city.portal.security.PasswordPolicy;

/** /password-reset-confirm.xhtml?token=…: sets a new password through the link from the mail. */
@Named
@ViewScoped
public class PasswordResetConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String token;
    private boolean usable;
    private String newPassword;
    private String confirmation;

    /** Called on page load, so an expired link says so before anything is typed. */
    public void check() {
        usable = accounts.isResetTokenUsable(token);
    }

    public String reset() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.errorFor("resetForm:confirmation", "account.password.message.mismatch");
            return null;
        }
        try {
            accounts.resetPassword(token, newPassword);
        } catch (AccountException e) {
            Messages.error(e.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            usable = accounts.isResetTokenUsable(token);
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

    public boolean isUsable() {
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
