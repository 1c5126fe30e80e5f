package jp.tokyo23city.portal.account.web;

import java.io.IOException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.platform.web.Messages;
import jp.tokyo23city.portal.security.PasswordChangeFilter;

/** The login page: checks the credential through Jakarta Security and returns to the page first asked for. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @NotBlank
    @Size(max = Account.USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Account account = accounts.current();
            request.getSession().setAttribute(PasswordChangeFilter.SESSION_MUST_CHANGE,
                    account.isPasswordChangeRequired());
            external.redirect(external.getRequestContextPath() + (account.isPasswordChangeRequired()
                    ? PasswordChangeFilter.PASSWORD_PAGE : safeNext()));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            Messages.error(accounts.isLocked(username) ? "login.message.locked" : "login.message.failed");
        } else {
            faces.responseComplete();
        }
    }

    /** Only a path inside the portal: never an address elsewhere (no open redirect). */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n") || next.startsWith("/login.xhtml")) {
            return "/";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
