package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;

/**
 * A structured field's value as a thread shows it: the label, the text, and a link (URL fields; a video URL is shown
 * as a preview card with its site's host).
 */
public record FieldRow(String label, String kind, String text, String url, String host) implements Serializable {

    public String getLabel() {
        return label;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return url;
    }

    public String getHost() {
        return host;
    }

    public boolean isVideo() {
        return "VIDEO_URL".equals(kind);
    }

    public boolean isLink() {
        return url != null && !isVideo();
    }
}
