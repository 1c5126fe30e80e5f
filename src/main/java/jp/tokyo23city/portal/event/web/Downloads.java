package jp.tokyo23city.portal.event.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Sends a file as the portal sends every download: its type, a safe name, and no sniffing. */
final class Downloads {

    private Downloads() {
    }

    static void send(HttpServletResponse response, byte[] content, String contentType, String fileName,
                     boolean inline, boolean personal) throws IOException {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", disposition(fileName, inline));
        response.setHeader("Cache-Control", personal ? "no-store" : "public, max-age=300");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** attachment; filename="event_12.ics"; filename*=UTF-8''%E5%8F%82… (RFC 6266 / 5987) */
    static String disposition(String fileName, boolean inline) {
        return jp.tokyo23city.portal.platform.web.Downloads.contentDisposition(inline ? "inline" : "attachment",
                fileName, fileName);
    }

    static Long id(String parameter) {
        try {
            return parameter == null ? null : Long.valueOf(parameter);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
