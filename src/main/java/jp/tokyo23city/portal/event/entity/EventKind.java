package jp.tokyo23city.portal.event.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of event (講演会, 意見交換会, 展示, 巡回展示, シンポジウム, 物産展, その他). Data, not an enum, so that the project
 * office can add kinds without a release; the codes below are the ones the migration seeds.
 */
@Entity
@Cacheable
@Table(name = "event_kind")
public class EventKind implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String LECTURE = "LECTURE";
    public static final String EXCHANGE_MEETING = "EXCHANGE_MEETING";
    public static final String EXHIBITION = "EXHIBITION";
    public static final String TOURING_EXHIBITION = "TOURING_EXHIBITION";
    public static final String SYMPOSIUM = "SYMPOSIUM";
    public static final String PRODUCT_FAIR = "PRODUCT_FAIR";
    public static final String OTHER = "OTHER";

    @Id
    @Column(length = 24)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 50)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 50)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected EventKind() {
    }

    public EventKind(String code, String nameJa, String nameEn, int sortOrder) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public void rename(String nameJa, String nameEn, int sortOrder) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The name in the visitor's language ("ja" or "en"). */
    public String label(String language) {
        return "en".equals(language) ? nameEn : nameJa;
    }

    public boolean isTouring() {
        return TOURING_EXHIBITION.equals(code);
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return code;
    }
}
