package jp.tokyo23city.portal.member.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contact person (担当者) of a member; the main one is whom the project office writes to first. */
@Entity
@Table(name = "member_contact")
public class MemberContact {

    public static final int NAME_MAX = 50;
    public static final int KANA_MAX = 100;
    public static final int POSITION_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "family_name", nullable = false, length = NAME_MAX)
    private String familyName;

    @Column(name = "given_name", nullable = false, length = NAME_MAX)
    private String givenName;

    @Column(name = "family_kana", nullable = false, length = KANA_MAX)
    private String familyKana;

    @Column(name = "given_kana", nullable = false, length = KANA_MAX)
    private String givenKana;

    @Column(length = POSITION_MAX)
    private String position;

    @Column(nullable = false, length = Member.EMAIL_MAX)
    private String email;

    @Column(length = Member.PHONE_MAX)
    private String phone;

    @Column(nullable = false)
    private boolean main;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected MemberContact() {
    }

    public MemberContact(PersonName name, String position, String email, String phone) {
        this.familyName = name.familyName();
        this.givenName = name.givenName();
        this.familyKana = name.familyKana();
        this.givenKana = name.givenKana();
        this.position = position;
        this.email = email;
        this.phone = phone;
        this.createdAt = Instant.now();
    }

    void belongTo(Member owner) {
        this.member = owner;
    }

    void makeMain() {
        this.main = true;
    }

    /** Replaces the person's details; returns a one-line description of the old values for the history. */
    public String update(PersonName name, String newPosition, String newEmail, String newPhone) {
        String before = describe();
        this.familyName = name.familyName();
        this.givenName = name.givenName();
        this.familyKana = name.familyKana();
        this.givenKana = name.givenKana();
        this.position = newPosition;
        this.email = newEmail;
        this.phone = newPhone;
        return before;
    }

    /** 田中 花子（たなか はなこ）企画課長 tanaka@… 03-… : how the history shows a contact. */
    public String describe() {
        return familyName + " " + givenName + "（" + familyKana + " " + givenKana + "）"
                + (position == null ? "" : " " + position) + " " + email + (phone == null ? "" : " " + phone);
    }

    public String getFullName() {
        return familyName + " " + givenName;
    }

    public String getFullKana() {
        return familyKana + " " + givenKana;
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyKana() {
        return familyKana;
    }

    public String getGivenKana() {
        return givenKana;
    }

    public String getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isMain() {
        return main;
    }
}
