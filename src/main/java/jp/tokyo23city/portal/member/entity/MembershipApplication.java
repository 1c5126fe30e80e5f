package jp.tokyo23city.portal.member.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application for membership (会員登録申請). It is verified by a single-use link mailed to the applicant, then an
 * admin approves it (creating the member, or adding the applicant as staff of the existing member of the same
 * municipality) or rejects it with a reason.
 */
@Entity
@Table(name = "membership_application")
@NamedQuery(name = MembershipApplication.BY_VERIFICATION,
        query = "SELECT a FROM MembershipApplication a WHERE a.verificationHash = :hash")
@NamedQuery(name = MembershipApplication.BY_STATUS,
        query = "SELECT a FROM MembershipApplication a WHERE a.status = :status ORDER BY a.createdAt, a.id")
public class MembershipApplication {

    public static final String BY_VERIFICATION = "MembershipApplication.byVerification";
    public static final String BY_STATUS = "MembershipApplication.byStatus";
    public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    public static final int REASON_MAX = 2000;
    public static final int REJECTION_REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberKind kind;

    @Column(name = "lg_code", length = 6)
    private String lgCode;

    /** False when the applicant gave a valid code the master does not (yet) have: an admin looks at it. */
    @Column(name = "code_in_master", nullable = false)
    private boolean codeInMaster;

    @Column(name = "member_name", nullable = false, length = Member.NAME_MAX)
    private String memberName;

    @Column(name = "member_kana", length = Member.KANA_MAX)
    private String memberKana;

    @Column(name = "prefecture_code", nullable = false, length = 2)
    private String prefectureCode;

    @Column(nullable = false, length = Member.DEPARTMENT_MAX)
    private String department;

    @Embedded
    @AttributeOverride(name = "familyName", column = @Column(name = "family_name"))
    @AttributeOverride(name = "givenName", column = @Column(name = "given_name"))
    @AttributeOverride(name = "familyKana", column = @Column(name = "family_kana"))
    @AttributeOverride(name = "givenKana", column = @Column(name = "given_kana"))
    private ApplicantName applicant;

    @Column(length = MemberContact.POSITION_MAX)
    private String position;

    @Column(nullable = false, length = Member.EMAIL_MAX)
    private String email;

    @Column(nullable = false, length = Member.PHONE_MAX)
    private String phone;

    @Column(name = "postal_code", nullable = false, length = 8)
    private String postalCode;

    @Column(nullable = false, length = Member.ADDRESS_MAX)
    private String address;

    @Column(name = "web_site", length = Member.WEB_SITE_MAX)
    private String webSite;

    @Column(length = REASON_MAX)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    /** The live member of the same municipality: approving adds the applicant as its staff. */
    @Column(name = "existing_member_id")
    private Long existingMemberId;

    @Column(name = "verification_hash", length = 64, unique = true)
    private String verificationHash;

    @Column(name = "verification_expires_at")
    private Instant verificationExpiresAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "rejection_reason", length = REJECTION_REASON_MAX)
    private String rejectionReason;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected MembershipApplication() {
    }

    public MembershipApplication(ApplicationForm form, boolean codeInMaster, Long existingMemberId,
                                 String verificationHash, Instant now) {
        this.kind = form.kind();
        this.lgCode = form.lgCode();
        this.codeInMaster = codeInMaster;
        this.memberName = form.memberName();
        this.memberKana = form.memberKana();
        this.prefectureCode = form.prefectureCode();
        this.department = form.department();
        this.applicant = new ApplicantName(form.name().familyName(), form.name().givenName(),
                form.name().familyKana(), form.name().givenKana());
        this.position = form.position();
        this.email = form.email();
        this.phone = form.phone();
        this.postalCode = form.postalCode();
        this.address = form.address();
        this.webSite = form.webSite();
        this.reason = form.reason();
        this.existingMemberId = existingMemberId;
        this.verificationHash = verificationHash;
        this.verificationExpiresAt = now.plus(VERIFICATION_VALIDITY);
        this.status = ApplicationStatus.UNVERIFIED;
        this.createdAt = now;
    }

    /** The applicant opened the mailed link: the application now waits for an admin. The link is used up. */
    public void verify(Instant now) {
        if (status != ApplicationStatus.UNVERIFIED || verificationExpiresAt == null || !now.isBefore(verificationExpiresAt)) {
            throw new IllegalStateException("This application cannot be verified any more");
        }
        status = ApplicationStatus.PENDING;
        verifiedAt = now;
        verificationHash = null;
        verificationExpiresAt = null;
    }

    public boolean canBeVerified(Instant now) {
        return status == ApplicationStatus.UNVERIFIED && verificationExpiresAt != null && now.isBefore(verificationExpiresAt);
    }

    public void approve(Long member, String admin, Instant now) {
        requirePending();
        status = ApplicationStatus.APPROVED;
        memberId = member;
        decidedBy = admin;
        decidedAt = now;
    }

    public void reject(String why, String admin, Instant now) {
        requirePending();
        status = ApplicationStatus.REJECTED;
        rejectionReason = why;
        decidedBy = admin;
        decidedAt = now;
    }

    private void requirePending() {
        if (status != ApplicationStatus.PENDING) {
            throw new IllegalStateException("Only a verified application waiting for a decision can be decided");
        }
    }

    public boolean joinsExistingMember() {
        return existingMemberId != null;
    }

    public PersonName getApplicantName() {
        return new PersonName(applicant.familyName, applicant.givenName, applicant.familyKana, applicant.givenKana);
    }

    public String getApplicantFullName() {
        return applicant.familyName + " " + applicant.givenName;
    }

    public Long getId() {
        return id;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getLgCode() {
        return lgCode;
    }

    public boolean isCodeInMaster() {
        return codeInMaster;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getMemberKana() {
        return memberKana;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getDepartment() {
        return department;
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

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    public String getWebSite() {
        return webSite;
    }

    public String getReason() {
        return reason;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Long getExistingMemberId() {
        return existingMemberId;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
