package jp.tokyo23city.portal.municipality.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the master says about a municipality besides its code: the part an import may change. Coordinates are held
 * at the scale of the database column, so that a value read back from the database equals the value that was
 * imported and a second import of the same file is recognised as "unchanged".
 *
 * @param name      the name as published, e.g. {@code 千代田区} or {@code 札幌市 中央区}
 * @param kana      the reading in hiragana
 * @param webSite   the official web site, or {@code null}
 * @param latitude  degrees north, or {@code null} when the position is unknown
 * @param longitude degrees east, or {@code null} when the position is unknown
 */
public record MunicipalityDetails(String name, String kana, String webSite, BigDecimal latitude, BigDecimal longitude)
        implements Serializable {

    public MunicipalityDetails {
        name = requireText(name, Municipality.NAME_MAX, "name");
        kana = requireText(kana, Municipality.KANA_MAX, "kana");
        webSite = webSite == null || webSite.isBlank() ? null : webSite.strip();
        if (webSite != null && webSite.length() > Municipality.WEB_SITE_MAX) {
            throw new IllegalArgumentException("webSite is longer than " + Municipality.WEB_SITE_MAX);
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude must be given together");
        }
        latitude = toColumnScale(latitude);
        longitude = toColumnScale(longitude);
    }

    /** Rounds a coordinate the way the {@code DECIMAL(10,7)} column stores it (about 1 cm). */
    public static BigDecimal toColumnScale(BigDecimal coordinate) {
        return coordinate == null ? null : coordinate.setScale(Municipality.COORDINATE_SCALE, RoundingMode.HALF_UP);
    }

    public boolean hasPosition() {
        return latitude != null;
    }

    /**
     * These names with the web site and position of {@code current}: for a list that has no such columns, where
     * an empty value means "not in this list", not "none".
     */
    public MunicipalityDetails keepingWebSiteAndPositionOf(MunicipalityDetails current) {
        return new MunicipalityDetails(name, kana, current.webSite(), current.latitude(), current.longitude());
    }

    private static String requireText(String value, int max, String what) {
        Objects.requireNonNull(value, what);
        String text = value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max);
        }
        return text;
    }
}
