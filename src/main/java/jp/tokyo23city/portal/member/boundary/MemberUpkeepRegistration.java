package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.member.entity.MemberKind;

/**
 * A member's registration as its staff see it: name, contact details, contact persons, whether the caller may change
 * it, and the open request of this 年度 to confirm it. {@code version} goes back with a change, so that a change
 * made meanwhile by a colleague is not overwritten unseen.
 */
public record MemberUpkeepRegistration(Long memberId, String name, String kana, MemberKind kind, String lgCode,
                                       String department, String postalCode, String address, String phone,
                                       String email, String webSite, long version, List<MemberUpkeepContact> contacts,
                                       boolean changeable, Integer openFiscalYear, String openFiscalYearLabel,
                                       Instant confirmedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The contact details as one value (MemberDetails itself is not serialisable, and this sits in a view). */
    public MemberDetails details() {
        return new MemberDetails(department, postalCode, address, phone, email, webSite);
    }

    /** For EL, which cannot read record components: {@code #{backing.registration.name}}. */
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

    public Long getMemberId() {
        return memberId;
    }

    public List<MemberUpkeepContact> getContacts() {
        return contacts;
    }

    public boolean isChangeable() {
        return changeable;
    }

    /** Whether this 年度's request to confirm is still open. */
    public boolean isConfirmationOpen() {
        return openFiscalYear != null;
    }

    public String getOpenFiscalYearLabel() {
        return openFiscalYearLabel;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
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
}
