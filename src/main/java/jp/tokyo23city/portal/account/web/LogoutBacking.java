package jp.tokyo23city.portal.account.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import jp.tokyo23city.portal.audit.boundary.AuditLog;

/** Signs out: the container forgets the caller and the whole session is discarded. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    AuditLog audit;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getRemoteUser();
        request.logout();
        external.invalidateSession();
        if (user != null) {
            audit.record(user, "LOGOUT", null);
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
