package jp.tokyo23city.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps someone whose password was chosen by another (the first admin, an account created for them) on the
 * password page until they have set their own.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    public static final String SESSION_MUST_CHANGE = "portal.mustChangePassword";
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean mustChange = session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_MUST_CHANGE));
        String path = request.getServletPath();
        if (mustChange && !path.equals(PASSWORD_PAGE) && !path.equals("/logout.xhtml")
                && !path.startsWith("/jakarta.faces.resource")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
