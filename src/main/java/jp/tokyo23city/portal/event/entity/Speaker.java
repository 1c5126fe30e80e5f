package jp.tokyo23city.portal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A speaker (登壇者) of a programme part: name, title (役職), affiliation, the talk's title and materials. */
@Entity
@Table(name = "speaker")
public class Speaker implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;
    public static final int TITLE_MAX = 100;
    public static final int AFFILIATION_MAX = 200;
    public static final int TALK_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "part_id", nullable = false)
    private ProgrammePart part;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = TITLE_MAX)
    private String title;

    @Column(length = AFFILIATION_MAX)
    private String affiliation;

    @Column(name = "talk_title", length = TALK_MAX)
    private String talkTitle;

    /** The speaker's materials, a PDF among the event's files. */
    @Column(name = "materials_id")
    private Long materialsId;

    protected Speaker() {
    }

    public Speaker(String name, String title, String affiliation, String talkTitle, Long materialsId) {
        this.name = name;
        this.title = title;
        this.affiliation = affiliation;
        this.talkTitle = talkTitle;
        this.materialsId = materialsId;
    }

    void attach(ProgrammePart part, int sortOrder) {
        this.part = part;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getTalkTitle() {
        return talkTitle;
    }

    public Long getMaterialsId() {
        return materialsId;
    }
}
