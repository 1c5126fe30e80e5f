package jp.tokyo23city.portal.inquiry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An inquiry type the forms offer (プロジェクトについて, 会員登録について, …); admins add and rename them. */
@Entity
@Table(name = "inquiry_type")
public class InquiryType {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX, unique = true)
    private String name;

    /** Business days for the first answer; when empty, the desk's own. */
    @Column(name = "response_days")
    private Integer responseDays;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Version
    private int version;

    protected InquiryType() {
    }

    public InquiryType(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public void change(String newName, Integer days, int order, boolean isActive) {
        if (days != null && (days < 1 || days > 60)) {
            throw new IllegalArgumentException("Response days must be 1 to 60: " + days);
        }
        this.name = newName;
        this.responseDays = days;
        this.sortOrder = order;
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Integer getResponseDays() {
        return responseDays;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
