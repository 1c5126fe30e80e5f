package jp.tokyo23city.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.account.boundary.AccountService;

/**
 * /password-reset.xhtml: asks for a reset link. The page says the same whether or not the address is known, so it
 * cannot be used to find out who has an account.
 */
@Named
@RequestScoped
public class PasswordResetBacking {

    @Inject
    AccountService accounts;

    private String email;
    private boolean sent;

    public void request() {
        accounts.requestPasswordReset(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
