package jp.tokyo23city.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy, with a per-response nonce,
 * from PrimeFaces (see web.xml); every other response gets a strict one here.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String STRICT_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (isFacesPage(request)) {
            // Pages show personal data to signed-in staff: never from a shared cache.
            response.setHeader("Cache-Control", "no-store");
        } else {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
        // Set before the container would add its product banner, which only helps an attacker pick an exploit.
        response.setHeader("Server", "");
        chain.doFilter(request, response);
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        if (path.startsWith("/jakarta.faces.resource/")) {
            return false;
        }
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }
}
