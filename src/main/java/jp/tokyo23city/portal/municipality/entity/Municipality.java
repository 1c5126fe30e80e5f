package jp.tokyo23city.portal.municipality.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A local government (市区町村) of Japan, identified by its six-digit 全国地方公共団体コード. The master is imported
 * from public lists; the 23 special wards are marked as such by the migrations and an import never unmarks them.
 * Rows are never deleted by an import, because members refer to them.
 */
@Entity
@Table(name = "municipality")
@NamedQuery(name = Municipality.BY_PREFECTURE, query = "SELECT m FROM Municipality m"
        + " WHERE m.prefecture.code = :prefectureCode ORDER BY m.kana, m.lgCode")
@NamedQuery(name = Municipality.BY_CODES, query = "SELECT m FROM Municipality m WHERE m.lgCode IN :codes")
@NamedQuery(name = Municipality.COUNT_ALL, query = "SELECT COUNT(m) FROM Municipality m")
public class Municipality implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_PREFECTURE = "Municipality.byPrefecture";
    public static final String BY_CODES = "Municipality.byCodes";
    public static final String COUNT_ALL = "Municipality.countAll";

    public static final int LG_CODE_LENGTH = 6;
    public static final int NAME_MAX = 64;
    public static final int KANA_MAX = 128;
    public static final int WEB_SITE_MAX = 500;
    public static final int COORDINATE_PRECISION = 11;
    public static final int COORDINATE_SCALE = 8;

    @Id
    @Column(name = "lg_code", length = LG_CODE_LENGTH)
    @NotNull
    @Pattern(regexp = "\\d{6}")
    private String lgCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "prefecture_code", nullable = false)
    @NotNull
    private Prefecture prefecture;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @Column(name = "kana", nullable = false, length = KANA_MAX)
    @NotBlank
    @Size(max = KANA_MAX)
    private String kana;

    @Column(name = "web_site", length = WEB_SITE_MAX)
    @Size(max = WEB_SITE_MAX)
    private String webSite;

    @Column(name = "latitude", precision = COORDINATE_PRECISION, scale = COORDINATE_SCALE)
    @DecimalMin("-90")
    @DecimalMax("90")
    private BigDecimal latitude;

    @Column(name = "longitude", precision = COORDINATE_PRECISION, scale = COORDINATE_SCALE)
    @DecimalMin("-180")
    @DecimalMax("180")
    private BigDecimal longitude;

    @Column(name = "special_ward", nullable = false)
    private boolean specialWard;

    @Column(name = "updated_at", nullable = false)
    @NotNull
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Municipality() {
    }

    /**
     * A municipality new to the master. It is never a special ward: the 23 wards come with the schema.
     *
     * @throws IllegalArgumentException if the code does not belong to the prefecture
     */
    public Municipality(String lgCode, Prefecture prefecture, MunicipalityDetails details, Instant now) {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(prefecture, "prefecture");
        if (!lgCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("lgCode must be six digits: " + lgCode);
        }
        if (!lgCode.startsWith(prefecture.getCode())) {
            throw new IllegalArgumentException(lgCode + " is not a code of prefecture " + prefecture.getCode());
        }
        this.lgCode = lgCode;
        this.prefecture = prefecture;
        this.specialWard = false;
        apply(Objects.requireNonNull(details, "details"));
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Takes over what a newer list says. Nothing is written, and the update time stays, when the list says what the
     * master already holds; that is what makes a repeated import a no-op.
     *
     * @return whether anything changed
     */
    public boolean updateFrom(MunicipalityDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(now, "now");
        if (details.equals(details())) {
            return false;
        }
        apply(details);
        updatedAt = now;
        return true;
    }

    /** The current values, in the form an import compares with. */
    public MunicipalityDetails details() {
        return new MunicipalityDetails(name, kana, webSite, latitude, longitude);
    }

    private void apply(MunicipalityDetails details) {
        name = details.name();
        kana = details.kana();
        webSite = details.webSite();
        latitude = details.latitude();
        longitude = details.longitude();
    }

    public String getLgCode() {
        return lgCode;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
    }

    public String getWebSite() {
        return webSite;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    /** Whether this is one of Tokyo's 23 special wards (特別区), the project's own wards. */
    public boolean isSpecialWard() {
        return specialWard;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Municipality municipality && lgCode != null && lgCode.equals(municipality.lgCode);
    }

    @Override
    public int hashCode() {
        return lgCode == null ? 0 : lgCode.hashCode();
    }

    @Override
    public String toString() {
        return lgCode + " " + name;
    }
}
