package jp.tokyo23city.portal.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One structured field of a post type: 部数, 配布期間, 提案先の区… */
@Entity
@Table(name = "board_type_field")
public class BoardTypeField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "type_id", nullable = false)
    private BoardType type;

    @Column(name = "field_key", nullable = false, length = 32)
    private String key;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "label_en", nullable = false, length = 100)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FieldKind kind;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected BoardTypeField() {
    }

    public BoardTypeField(BoardType type, String key, String label, String labelEn, FieldKind kind, boolean required,
                          int sortOrder) {
        this.type = type;
        this.key = key;
        this.label = label;
        this.labelEn = labelEn;
        this.kind = kind;
        this.required = required;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public FieldKind getKind() {
        return kind;
    }

    public String getKindName() {
        return kind.name();
    }

    public boolean isRequired() {
        return required;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
