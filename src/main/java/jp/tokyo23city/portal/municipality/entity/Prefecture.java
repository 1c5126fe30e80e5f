package jp.tokyo23city.portal.municipality.entity;

import java.io.Serializable;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One of the 47 prefectures (都道府県). Its two-digit code (JIS X 0401) is the first two digits of the
 * 全国地方公共団体コード of every municipality in it. Reference data owned by the migrations, so it has no setters.
 */
@Entity
@Table(name = "prefecture")
@Cacheable
// read-only: shared from EclipseLink's cache, never copied per transaction. Every page reads these rows, and copies
// made by 16 concurrent requests deadlocked in EclipseLink (WriteLockManager.acquireLocksForClone). The result is
// cached too: the rows never change while the portal runs.
@NamedQuery(name = Prefecture.ALL, query = "SELECT p FROM Prefecture p ORDER BY p.code",
        hints = {@QueryHint(name = "eclipselink.read-only", value = "true"),
                 @QueryHint(name = "eclipselink.query-results-cache", value = "true")})
public class Prefecture implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Prefecture.all";

    public static final int CODE_LENGTH = 2;
    public static final int LG_CODE_LENGTH = 6;
    public static final int NAME_MAX = 8;
    public static final int KANA_MAX = 16;
    public static final int NAME_EN_MAX = 16;

    @Id
    @Column(name = "code", length = CODE_LENGTH)
    @NotNull
    @Pattern(regexp = "\\d{2}")
    private String code;

    @Column(name = "lg_code", nullable = false, length = LG_CODE_LENGTH)
    @NotNull
    @Pattern(regexp = "\\d{6}")
    private String lgCode;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @Column(name = "kana", nullable = false, length = KANA_MAX)
    @NotBlank
    @Size(max = KANA_MAX)
    private String kana;

    @Column(name = "name_en", nullable = false, length = NAME_EN_MAX)
    @NotBlank
    @Size(max = NAME_EN_MAX)
    private String nameEn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code", nullable = false)
    @NotNull
    private Region region;

    protected Prefecture() {
    }

    public Prefecture(String code, String lgCode, String name, String kana, String nameEn, Region region) {
        this.code = code;
        this.lgCode = lgCode;
        this.name = name;
        this.kana = kana;
        this.nameEn = nameEn;
        this.region = region;
    }

    public String getCode() {
        return code;
    }

    public String getLgCode() {
        return lgCode;
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Region getRegion() {
        return region;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prefecture prefecture && code != null && code.equals(prefecture.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
