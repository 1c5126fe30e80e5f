package jp.tokyo23city.portal.account.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in to the portal (職員): member staff, ward staff, desk contact or admin. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE LOWER(a.email) = :email")
@NamedQuery(name = Account.OF_MEMBER, query = "SELECT a FROM Account a WHERE a.memberId = :memberId ORDER BY a.username")
@NamedQuery(name = Account.EMAILS_OF_ROLE, query = "SELECT DISTINCT a.email FROM Account a JOIN a.roles r "
        + "WHERE r = :role AND a.enabled = TRUE")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String BY_EMAIL = "Account.byEmail";
    public static final String EMAILS_OF_ROLE = "Account.emailsOfRole";
    public static final String OF_MEMBER = "Account.ofMember";
    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = USERNAME_MAX, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The member (municipality, organisation or ward) this person is staff of; none for admins and desk contacts. */
    @Column(name = "member_id")
    private Long memberId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new HashSet<>();

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String passwordHash, Set<String> roles,
                   Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Sets a new password; {@code mustChange} when someone else chose it (first start, an admin). */
    public void changePassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = mustChange;
        this.passwordChangedAt = now;
    }

    /** Closes the account of someone who left: they can no longer sign in; what they wrote stays with the member. */
    public void close() {
        this.enabled = false;
    }

    public void assignToMember(Long member) {
        this.memberId = member;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void recordLogin(Instant now) {
        this.lastLoginAt = now;
    }

    public boolean canSignIn() {
        return enabled;
    }

    /** Changes whenever what the account may do changes: its password or its roles. */
    public String credentialStamp() {
        long changed = passwordChangedAt == null ? 0 : passwordChangedAt.toEpochMilli();
        return changed + ":" + String.join(",", new java.util.TreeSet<>(roles));
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
