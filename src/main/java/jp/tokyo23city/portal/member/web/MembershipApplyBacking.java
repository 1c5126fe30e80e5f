package jp.tokyo23city.portal.member.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.member.boundary.ApplicationReceipt;
import jp.tokyo23city.portal.member.boundary.MembershipException;
import jp.tokyo23city.portal.member.boundary.MembershipService;
import jp.tokyo23city.portal.member.control.ContactInput;
import jp.tokyo23city.portal.member.control.InvalidContactInputException;
import jp.tokyo23city.portal.member.entity.ApplicationForm;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.PersonName;
import jp.tokyo23city.portal.member.entity.MembershipApplication;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityOrder;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.control.InvalidLgCodeException;
import jp.tokyo23city.portal.municipality.control.LgCode;
import jp.tokyo23city.portal.municipality.control.LgCodeCheckDigitException;
import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /membership/apply.xhtml: a municipality or organisation applies for membership. Every field is checked on the
 * server and says what is wrong next to it; what was typed stays in the form.
 */
@Named
@ViewScoped
public class MembershipApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "applyForm:";
    /** More than any prefecture has (北海道: 188 with the wards of 札幌市). */
    private static final int MUNICIPALITY_CHOICES = 300;

    @Inject
    MembershipService membership;

    @Inject
    MunicipalityService municipalities;

    private String kind = MemberKind.MUNICIPALITY.name();
    private String prefectureCode;
    private String municipalityCode;
    private String municipalityQuery;
    private String lgCode;
    private String memberName;
    private String memberKana;
    private String department;
    private String familyName;
    private String givenName;
    private String familyKana;
    private String givenKana;
    private String position;
    private String email;
    private String emailConfirmation;
    private String phone;
    private String postalCode;
    private String address;
    private String webSite;
    private String reason;
    private boolean consent;

    private List<Municipality> municipalitiesOfPrefecture = List.of();
    private ApplicationReceipt receipt;
    private boolean failed;

    @PostConstruct
    void init() {
        municipalitiesOfPrefecture = List.of();
    }

    public List<Prefecture> getPrefectures() {
        return municipalities.prefectures();
    }

    /**
     * When the prefecture is chosen or a reading typed, the matching municipalities fill the next list: those of the
     * prefecture, narrowed to the names or readings that start with what was typed (よさ, ヨサ or 与謝 find 与謝野町).
     */
    public void prefectureChanged() {
        municipalityCode = null;
        boolean noPrefecture = prefectureCode == null || prefectureCode.isBlank();
        boolean noQuery = municipalityQuery == null || municipalityQuery.isBlank();
        if (noPrefecture && noQuery) {
            municipalitiesOfPrefecture = List.of();
            return;
        }
        String query = noQuery ? null : municipalityQuery.strip();
        if (query != null && query.length() > MunicipalityService.SEARCH_TEXT_MAX) {
            query = query.substring(0, MunicipalityService.SEARCH_TEXT_MAX);
        }
        municipalitiesOfPrefecture = municipalities.search(noPrefecture ? null : prefectureCode, query,
                MunicipalityOrder.READING, false, 0, MUNICIPALITY_CHOICES);
    }

    public void submit() {
        failed = false;
        MemberKind chosenKind = MemberKind.MUNICIPALITY.name().equals(kind) ? MemberKind.MUNICIPALITY
                : MemberKind.ORGANISATION;
        String code = null;
        if (chosenKind == MemberKind.MUNICIPALITY) {
            code = municipalityCode();
        } else {
            required("memberName", memberName, "membership.apply.message.memberNameRequired");
            required("prefecture", prefectureCode, "membership.apply.message.prefectureRequired");
        }
        String checkedName = blank(memberName) ? null : check("memberName", memberName,
                value -> ContactInput.text(value, Member.NAME_MAX));
        String checkedMemberKana = blank(memberKana) ? null : check("memberKana", memberKana, ContactInput::kana);
        required("department", department, "membership.apply.message.departmentRequired");
        String checkedDepartment = blank(department) ? null : check("department", department,
                value -> ContactInput.text(value, Member.DEPARTMENT_MAX));
        String family = check("familyName", familyName, ContactInput::personName);
        String given = check("givenName", givenName, ContactInput::personName);
        String familyReading = check("familyKana", familyKana, ContactInput::kana);
        String givenReading = check("givenKana", givenKana, ContactInput::kana);
        lengthAtMost("familyKana", familyReading, MemberContact.KANA_MAX);
        lengthAtMost("givenKana", givenReading, MemberContact.KANA_MAX);
        String checkedPosition = blank(position) ? null : check("position", position,
                value -> ContactInput.text(value, MemberContact.POSITION_MAX));
        String checkedEmail = check("email", email, ContactInput::email);
        // Compared ignoring case: nobody means two mailboxes that differ only in upper and lower case.
        if (checkedEmail != null && !checkedEmail.equalsIgnoreCase(tryEmail(emailConfirmation))) {
            error("emailConfirmation", "membership.apply.message.emailMismatch");
        }
        String checkedPhone = check("phone", phone, ContactInput::phone);
        String checkedPostalCode = check("postalCode", postalCode, ContactInput::postalCode);
        required("address", address, "membership.apply.message.addressRequired");
        String checkedAddress = blank(address) ? null : check("address", address,
                value -> ContactInput.text(value, Member.ADDRESS_MAX));
        String checkedWebSite = check("webSite", webSite, value -> ContactInput.webSite(value).orElse(null));
        String checkedReason = check("reason", reason,
                value -> ContactInput.text(value, MembershipApplication.REASON_MAX));
        if (!consent) {
            error("consent", "membership.apply.message.consentRequired");
        }
        if (failed) {
            Messages.error("membership.apply.message.fixErrors");
            return;
        }
        try {
            receipt = membership.apply(new ApplicationForm(chosenKind, code, checkedName, checkedMemberKana,
                    chosenKind == MemberKind.ORGANISATION ? prefectureCode : null, checkedDepartment,
                    new PersonName(family, given, familyReading, givenReading), checkedPosition, checkedEmail,
                    checkedPhone, checkedPostalCode, checkedAddress, checkedWebSite,
                    blank(checkedReason) ? null : checkedReason));
        } catch (MembershipException e) {
            error("memberName", e.messageKey());
            Messages.error("membership.apply.message.fixErrors");
        }
    }

    /** The code typed, or else the municipality chosen from the lists; a wrong check digit names the right one. */
    private String municipalityCode() {
        String typed = blank(lgCode) ? municipalityCode : lgCode;
        if (blank(typed)) {
            error("lgCode", "membership.apply.message.municipalityRequired");
            return null;
        }
        try {
            LgCode code = LgCode.parse(typed);
            if (code.isPrefecture()) {
                error("lgCode", "membership.apply.message.prefectureCode");
                return null;
            }
            return code.value();
        } catch (LgCodeCheckDigitException e) {
            error("lgCode", "membership.apply.message.checkDigit", e.input(), e.expectedDigit(), e.correctedCode());
        } catch (InvalidLgCodeException e) {
            error("lgCode", "membership.apply.message.codeFormat");
        }
        return null;
    }

    private <T> T check(String field, String value, Function<String, T> normaliser) {
        try {
            return normaliser.apply(value);
        } catch (InvalidContactInputException e) {
            error(field, e.messageKey(), e.arguments());
            return null;
        }
    }

    private void required(String field, String value, String key) {
        if (blank(value)) {
            error(field, key);
        }
    }

    private void lengthAtMost(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            error(field, "membership.apply.message.tooLong", max);
        }
    }

    private String tryEmail(String value) {
        try {
            return ContactInput.email(value);
        } catch (InvalidContactInputException e) {
            return null;
        }
    }

    private void error(String field, String key, Object... arguments) {
        failed = true;
        Messages.errorFor(FORM + field, key, arguments);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public ApplicationReceipt getReceipt() {
        return receipt;
    }

    public List<Municipality> getMunicipalitiesOfPrefecture() {
        return municipalitiesOfPrefecture;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getMunicipalityQuery() {
        return municipalityQuery;
    }

    public void setMunicipalityQuery(String municipalityQuery) {
        this.municipalityQuery = municipalityQuery;
    }

    public String getLgCode() {
        return lgCode;
    }

    public void setLgCode(String lgCode) {
        this.lgCode = lgCode;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberKana() {
        return memberKana;
    }

    public void setMemberKana(String memberKana) {
        this.memberKana = memberKana;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyKana() {
        return familyKana;
    }

    public void setFamilyKana(String familyKana) {
        this.familyKana = familyKana;
    }

    public String getGivenKana() {
        return givenKana;
    }

    public void setGivenKana(String givenKana) {
        this.givenKana = givenKana;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailConfirmation() {
        return emailConfirmation;
    }

    public void setEmailConfirmation(String emailConfirmation) {
        this.emailConfirmation = emailConfirmation;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebSite() {
        return webSite;
    }

    public void setWebSite(String webSite) {
        this.webSite = webSite;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
