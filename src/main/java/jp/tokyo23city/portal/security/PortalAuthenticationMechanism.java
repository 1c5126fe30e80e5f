package jp.tokyo23city.portal.security;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jp.tokyo23city.portal.account.boundary.AccountService;

/**
 * Sign-in for the portal. Unlike the stock form mechanism, it gives the session a new id at sign-in (no session
 * fixation) and keeps only the user name and role names, plain Strings, in the session, from which it re-establishes
 * the caller on every request: this survives session replication between clustered Payara Micro instances.
 *
 * <p>The login page calls {@code SecurityContext.authenticate} with the typed credential; a request to a protected
 * URL without a session is sent to the login page with the URL to come back to.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF, Roles.DESK_CONTACT})
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "portal.user";
    public static final String SESSION_ROLES = "portal.roles";
    public static final String SESSION_STAMP = "portal.credentialStamp";
    public static final String SESSION_SIGNED_IN_AT = "portal.signedInAt";
    private static final String SESSION_CHECKED_AT = "portal.stampCheckedAt";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** However active, a session ends after this: ASVS 5.0 V7.3.2 absolute lifetime. */
    static final Duration MAX_SESSION_LIFETIME = Duration.ofHours(12);
    /** How often a session's credential stamp is compared with the account's. */
    static final Duration STAMP_CHECK_INTERVAL = Duration.ofSeconds(5);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
            if (stillValid(session, user)) {
                return context.notifyContainerAboutLogin(user, roles(session));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + returnPath(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // Not responseUnauthorized(): the login page shows its own message on the same view.
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession(false);
        String user = result.getCallerPrincipal().getName();
        session.setAttribute(SESSION_USER, user);
        session.setAttribute(SESSION_ROLES, new RoleNames(result.getCallerGroups()));
        session.setAttribute(SESSION_SIGNED_IN_AT, System.currentTimeMillis());
        accounts.credentialStamp(user).ifPresent(stamp -> refreshStamp(session, stamp));
        return context.notifyContainerAboutLogin(user, result.getCallerGroups());
    }

    /** Keeps this session valid after its own user changed the password (other sessions of the account end). */
    public static void refreshStamp(HttpSession session, String stamp) {
        session.setAttribute(SESSION_STAMP, stamp);
        session.setAttribute(SESSION_CHECKED_AT, System.currentTimeMillis());
    }

    /**
     * A session ends after its absolute lifetime, and as soon as the account's password or roles changed elsewhere
     * or it was disabled. The stamp is compared at most every few seconds, not on every resource request.
     */
    private boolean stillValid(HttpSession session, String user) {
        long now = System.currentTimeMillis();
        if (!(session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Long signedInAt)
                || now - signedInAt > MAX_SESSION_LIFETIME.toMillis()) {
            return false;
        }
        if (session.getAttribute(SESSION_CHECKED_AT) instanceof Long checkedAt
                && now - checkedAt < STAMP_CHECK_INTERVAL.toMillis()) {
            return true;
        }
        boolean unchanged = accounts.credentialStamp(user)
                .filter(stamp -> stamp.equals(session.getAttribute(SESSION_STAMP))).isPresent();
        if (unchanged) {
            session.setAttribute(SESSION_CHECKED_AT, now);
        }
        return unchanged;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
            session.removeAttribute(SESSION_ROLES);
            session.removeAttribute(SESSION_STAMP);
            session.removeAttribute(SESSION_SIGNED_IN_AT);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static Set<String> roles(HttpSession session) {
        return session.getAttribute(SESSION_ROLES) instanceof RoleNames names ? names.names() : Set.of();
    }

    private static String returnPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** The caller's role names, held in the session as a serializable value. */
    record RoleNames(HashSet<String> names) implements Serializable {
        RoleNames(Set<String> names) {
            this(new HashSet<>(names));
        }
    }
}
