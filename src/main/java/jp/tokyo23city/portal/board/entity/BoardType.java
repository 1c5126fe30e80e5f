package jp.tokyo23city.portal.board.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A post type (投稿の種類) with its label colour and structured fields: data, so that admins add types and fields
 * without code changes. Seeded with the project's six types.
 */
@Entity
@Table(name = "board_type")
// read-only: shared from EclipseLink's cache, never copied per transaction (BoardTypeCatalog keeps the result).
@NamedQuery(name = BoardType.ALL, query = "SELECT t FROM BoardType t ORDER BY t.sortOrder, t.id",
        hints = @QueryHint(name = "eclipselink.read-only", value = "true"))
public class BoardType {

    public static final String ALL = "BoardType.all";

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(length = 500)
    private String description;

    @Column(nullable = false, length = 16)
    private String colour;

    @Column(nullable = false)
    private boolean proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Version
    private int version;

    @OneToMany(mappedBy = "type", fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    private List<BoardTypeField> fields = new ArrayList<>();

    protected BoardType() {
    }

    public BoardType(String code, String name, String nameEn, String colour, boolean proposal, int sortOrder) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.colour = colour;
        this.proposal = proposal;
        this.visibility = Visibility.ALL_MEMBERS;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    /** Admin settings of a type. */
    public void configure(String name, String nameEn, String description, String colour, Visibility visibility,
                          boolean approvalRequired, boolean active) {
        this.name = name;
        this.nameEn = nameEn;
        this.description = description;
        this.colour = colour;
        this.visibility = visibility;
        this.approvalRequired = approvalRequired;
        this.active = active;
    }

    public boolean visibleToMembers() {
        return visibility == Visibility.ALL_MEMBERS;
    }

    public Long getId() {
        return id;
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

    public String getDescription() {
        return description;
    }

    public String getColour() {
        return colour;
    }

    public boolean isProposal() {
        return proposal;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public List<BoardTypeField> getFields() {
        return fields;
    }
}
