package jp.tokyo23city.portal.platform;

import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;

/**
 * Decides by content, not by name, whether a file may be attached: PDF, JPEG, PNG or WebP. A renamed program or an
 * HTML page with a PDF's name is refused.
 */
public final class AttachmentCheck {

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png",
            "image/webp", "webp");

    private AttachmentCheck() {
    }

    /** The detected type when it is allowed. */
    public static Optional<String> allowedType(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        String detected = TIKA.detect(content);
        return ALLOWED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
    }

    /**
     * A name safe to send back in Content-Disposition and to show: no path, no control characters, the extension
     * of the detected type.
     */
    public static String safeFileName(String typed, String contentType) {
        String name = typed == null ? "" : typed.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + ALLOWED.get(contentType);
    }

    /** "PDF 約3.1MB", "PNG 約240KB": how lists show a file. */
    public static String describe(String contentType, long bytes) {
        String kind = ALLOWED.getOrDefault(contentType, "file").toUpperCase(java.util.Locale.ROOT);
        if ("JPG".equals(kind)) {
            kind = "JPEG";
        }
        if (bytes >= 1024 * 1024) {
            return "%s 約%.1fMB".formatted(kind, bytes / (1024.0 * 1024.0));
        }
        return "%s 約%dKB".formatted(kind, Math.max(1, Math.round(bytes / 1024.0)));
    }
}
