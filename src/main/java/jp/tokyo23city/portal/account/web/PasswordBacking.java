package jp.tokyo23city.portal.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import jp.tokyo23city.portal.account.boundary.AccountException;
import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.platform.web.Messages;
import jp.tokyo23city.portal.security.PasswordChangeFilter;
import jp.tokyo23city.portal.security.PasswordPolicy;
import jp.tokyo23city.portal.security.PortalAuthenticationMechanism;

/** /account/password.xhtml: the signed-in person changes their own password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isRequired() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.SESSION_MUST_CHANGE));
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.errorFor("passwordForm:confirmation", "account.password.message.mismatch");
            return null;
        }
        try {
            accounts.changePassword(currentPassword, newPassword);
        } catch (AccountException e) {
            Messages.error(e.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        session.removeAttribute(PasswordChangeFilter.SESSION_MUST_CHANGE);
        // This session goes on; the account's other sessions end with the old password.
        accounts.credentialStamp(session.getAttribute(PortalAuthenticationMechanism.SESSION_USER).toString())
                .ifPresent(stamp -> PortalAuthenticationMechanism.refreshStamp(session, stamp));
        Messages.info("account.password.message.changed");
        Messages.keepAfterRedirect();
        return "/account/index.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
