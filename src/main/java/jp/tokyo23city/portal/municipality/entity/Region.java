package jp.tokyo23city.portal.municipality.entity;

import java.io.Serializable;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One of the eight regions (地方) the portal groups prefectures by. Reference data owned by the migrations, so it has
 * no setters.
 */
@Entity
@Table(name = "region")
@Cacheable
// Read-only and a cached result, as Prefecture.ALL: filter forms on every board page list the regions.
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.sortOrder",
        hints = {@QueryHint(name = "eclipselink.read-only", value = "true"),
                 @QueryHint(name = "eclipselink.query-results-cache", value = "true")})
public class Region implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Region.all";

    public static final int CODE_MAX = 16;
    public static final int NAME_MAX = 16;
    public static final int NAME_EN_MAX = 32;

    @Id
    @Column(name = "code", length = CODE_MAX)
    @NotBlank
    @Size(max = CODE_MAX)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @Column(name = "name_en", nullable = false, length = NAME_EN_MAX)
    @NotBlank
    @Size(max = NAME_EN_MAX)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {
    }

    public Region(String code, String name, String nameEn, int sortOrder) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && code != null && code.equals(region.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
