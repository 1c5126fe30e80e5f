package jp.tokyo23city.portal.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import jp.tokyo23city.portal.member.control.ContactInput;
import jp.tokyo23city.portal.member.control.InvalidContactInputException;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.member.entity.MemberKind;

/**
 * A member an admin registers directly or through the CSV import. For a municipality (or ward) only the code counts:
 * name, reading and prefecture come from the master. For an organisation the name, its reading and the prefecture
 * are given. The contact details are optional here, as the office may not know them yet; what is given is checked
 * and normalised like the application form's.
 *
 * @param joinedOn the day the member joined; {@code null} for today
 */
public record MemberAdminForm(MemberKind kind, String lgCode, String name, String kana, String prefectureCode,
                              String department, String postalCode, String address, String phone, String email,
                              String webSite, LocalDate joinedOn) implements Serializable {

    /**
     * The contact details, normalised.
     *
     * @throws MemberAdminException naming the field and the reason (a key of {@code member.input.*})
     */
    public MemberDetails details() {
        return new MemberDetails(
                field("department", () -> optionalText(department, Member.DEPARTMENT_MAX)),
                field("postalCode", () -> blank(postalCode) ? null : ContactInput.postalCode(postalCode)),
                field("address", () -> optionalText(address, Member.ADDRESS_MAX)),
                field("phone", () -> blank(phone) ? null : ContactInput.phone(phone)),
                field("email", () -> blank(email) ? null : ContactInput.email(email)),
                field("webSite", () -> ContactInput.webSite(webSite).orElse(null)));
    }

    /**
     * Every problem of the fields that can be checked without the database, one per field, so that a page can show
     * them all at once rather than one after the other. The service checks again when it creates the member.
     */
    public java.util.List<MemberAdminException> problems() {
        java.util.List<MemberAdminException> problems = new java.util.ArrayList<>();
        java.util.List<Runnable> checks = new java.util.ArrayList<>(java.util.List.of(
                () -> field("department", () -> optionalText(department, Member.DEPARTMENT_MAX)),
                () -> field("postalCode", () -> blank(postalCode) ? null : ContactInput.postalCode(postalCode)),
                () -> field("address", () -> optionalText(address, Member.ADDRESS_MAX)),
                () -> field("phone", () -> blank(phone) ? null : ContactInput.phone(phone)),
                () -> field("email", () -> blank(email) ? null : ContactInput.email(email)),
                () -> field("webSite", () -> ContactInput.webSite(webSite).orElse(null))));
        if (kind == MemberKind.ORGANISATION) {
            checks.add(this::normalisedName);
            checks.add(this::normalisedKana);
            if (blank(prefectureCode)) {
                problems.add(new MemberAdminException("prefecture", "admin.members.edit.message.prefectureRequired"));
            }
        } else if (blank(lgCode)) {
            problems.add(new MemberAdminException("lgCode", "admin.members.edit.message.codeRequired"));
        }
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (MemberAdminException e) {
                problems.add(e);
            }
        }
        return problems;
    }

    /** The organisation's reading, in hiragana. */
    String normalisedKana() {
        return field("kana", () -> ContactInput.kana(kana));
    }

    /** The organisation's name, trimmed, whitespace made single spaces. */
    String normalisedName() {
        String text = field("name", () -> ContactInput.text(name, Member.NAME_MAX)).replaceAll("\\p{IsWhite_Space}+", " ");
        if (text.isEmpty()) {
            throw new MemberAdminException("name", "admin.members.edit.message.nameRequired");
        }
        return text;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String optionalText(String text, int max) {
        String value = ContactInput.text(text, max);
        return value.isEmpty() ? null : value;
    }

    private interface Check {
        String get();
    }

    private static String field(String field, Check check) {
        try {
            return check.get();
        } catch (InvalidContactInputException e) {
            throw new MemberAdminException(field, e.messageKey(), e.arguments());
        }
    }
}
