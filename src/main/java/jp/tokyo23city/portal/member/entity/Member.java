package jp.tokyo23city.portal.member.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A municipality or organisation registered with the project (会員). */
@Entity
@Table(name = "member")
public class Member {

    public static final int NAME_MAX = 100;
    public static final int KANA_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = KANA_MAX)
    private String kana;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberKind kind;

    @Column(name = "lg_code", length = 6)
    private String lgCode;

    @Column(name = "prefecture_code", nullable = false, length = 2)
    private String prefectureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Member() {
    }

    public Member(String name, String kana, MemberKind kind, String lgCode, String prefectureCode, LocalDate joinedOn) {
        this.name = name;
        this.kana = kana;
        this.kind = kind;
        this.lgCode = lgCode;
        this.prefectureCode = prefectureCode;
        this.joinedOn = joinedOn;
        this.status = MemberStatus.ACTIVE;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getLgCode() {
        return lgCode;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
