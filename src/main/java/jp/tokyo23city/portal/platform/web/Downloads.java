package jp.tokyo23city.portal.platform.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Sends files to the browser: Japanese file names, no caching of personal data, no sniffing of the type. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * {@code attachment; filename="members_20261129.xlsx"; filename*=UTF-8''%E4%BC%9A…}: the Japanese name as RFC 5987
     * {@code filename*}, with an ASCII fallback for old clients.
     */
    public static String contentDisposition(String disposition, String fileName, String asciiFallback) {
        String ascii = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Writes a file that holds personal data: never stored in shared caches or the browser's disk cache. */
    public static void send(HttpServletResponse response, String contentType, String disposition, String fileName,
                            String asciiFallback, byte[] content) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", contentDisposition(disposition, fileName, asciiFallback));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
