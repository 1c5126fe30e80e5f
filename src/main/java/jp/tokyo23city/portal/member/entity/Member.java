package jp.tokyo23city.portal.member.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A municipality, organisation or ward registered with the project (会員), with the contact details the project
 * office writes to. Changes to those details go through {@link #updateDetails}, which says what changed, so that
 * the boundary can keep the history.
 */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_LG_CODE_AND_STATUS,
        query = "SELECT m FROM Member m WHERE m.lgCode = :lgCode AND m.status = :status")
// The wards' names, for the board's forms and filters (kept in memory by WardNames).
@NamedQuery(name = Member.WARD_NAMES,
        query = "SELECT m.id, m.name FROM Member m WHERE m.kind = :ward AND m.status = :active ORDER BY m.lgCode, m.id")
public class Member {

    public static final String BY_LG_CODE_AND_STATUS = "Member.byLgCodeAndStatus";
    public static final String WARD_NAMES = "Member.wardNames";
    public static final int NAME_MAX = 100;
    public static final int KANA_MAX = 200;
    public static final int DEPARTMENT_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int PHONE_MAX = 20;
    public static final int EMAIL_MAX = 254;
    public static final int WEB_SITE_MAX = 500;

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

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(length = DEPARTMENT_MAX)
    private String department;

    @Column(name = "postal_code", length = 8)
    private String postalCode;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "web_site", length = WEB_SITE_MAX)
    private String webSite;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("main DESC, id")
    private List<MemberContact> contacts = new ArrayList<>();

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

    /**
     * Replaces the contact details; returns each changed field with its old and new value (field → [old, new]), in
     * a stable order, for the history.
     */
    public Map<String, String[]> updateDetails(MemberDetails details) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        department = changed(changes, "department", department, details.department());
        postalCode = changed(changes, "postalCode", postalCode, details.postalCode());
        address = changed(changes, "address", address, details.address());
        phone = changed(changes, "phone", phone, details.phone());
        email = changed(changes, "email", email, details.email());
        webSite = changed(changes, "webSite", webSite, details.webSite());
        return changes;
    }

    private static String changed(Map<String, String[]> changes, String field, String oldValue, String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.put(field, new String[] {oldValue, newValue});
        }
        return newValue;
    }

    public MemberContact addContact(MemberContact contact) {
        contact.belongTo(this);
        if (contacts.isEmpty()) {
            contact.makeMain();
        }
        contacts.add(contact);
        return contact;
    }

    public void removeContact(MemberContact contact) {
        contacts.remove(contact);
        if (contact.isMain() && !contacts.isEmpty()) {
            contacts.get(0).makeMain();
        }
    }

    /** Ends the membership; the member no longer counts, its data stays. */
    public void deactivate(LocalDate on) {
        status = MemberStatus.INACTIVE;
        leftOn = on;
    }

    public void reactivate() {
        status = MemberStatus.ACTIVE;
        leftOn = null;
        mergedIntoId = null;
    }

    /** This member was a duplicate of {@code survivor}: it stops counting and points to it. */
    public void mergeInto(Member survivor, LocalDate on) {
        if (survivor.getId().equals(id)) {
            throw new IllegalArgumentException("A member cannot be merged into itself");
        }
        deactivate(on);
        mergedIntoId = survivor.getId();
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public MemberDetails details() {
        return new MemberDetails(department, postalCode, address, phone, email, webSite);
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

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getDepartment() {
        return department;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebSite() {
        return webSite;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public List<MemberContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public MemberContact getMainContact() {
        return contacts.stream().filter(MemberContact::isMain).findFirst().orElse(null);
    }
}
