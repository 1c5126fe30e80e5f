package jp.tokyo23city.portal.member.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberDetails;

/**
 * Reads what a member's staff type on the registration page through {@link ContactInput}, field by field, and
 * collects every problem before giving up, so that one submission tells about all wrong fields. The problem map is
 * keyed by the id of the field on the page.
 */
public final class MemberUpkeepInput {

    /** Keys of the reasons this class adds to those of {@link ContactInput}. */
    public static final String REQUIRED = "members.registration.input.%s.required";

    private MemberUpkeepInput() {
    }

    /**
     * The member's contact details, normalised: 担当部署, 〒, address, phone and e-mail are required, the web site is
     * optional.
     *
     * @throws MemberUpkeepInputException naming each wrong field (department, postalCode, address, phone, email,
     *         webSite)
     */
    public static MemberDetails details(MemberDetails typed) {
        Map<String, MemberUpkeepInputException.Problem> problems = new LinkedHashMap<>();
        String department = requiredText(problems, "department", typed.department(), Member.DEPARTMENT_MAX);
        String postalCode = read(problems, "postalCode", typed.postalCode(), ContactInput::postalCode);
        String address = requiredText(problems, "address", typed.address(), Member.ADDRESS_MAX);
        String phone = read(problems, "phone", typed.phone(), ContactInput::phone);
        String email = read(problems, "email", typed.email(), ContactInput::email);
        String webSite = read(problems, "webSite", typed.webSite(), input -> ContactInput.webSite(input).orElse(null));
        if (!problems.isEmpty()) {
            throw new MemberUpkeepInputException(problems);
        }
        return new MemberDetails(department, postalCode, address, phone, email, webSite);
    }

    /**
     * A contact person, normalised: 姓・名, their ふりがな (stored in hiragana) and e-mail are required; 役職 and phone
     * are optional.
     *
     * @throws MemberUpkeepInputException naming each wrong field (familyName, givenName, familyKana, givenKana,
     *         position, contactEmail, contactPhone)
     */
    public static MemberUpkeepContactForm contact(MemberUpkeepContactForm typed) {
        Map<String, MemberUpkeepInputException.Problem> problems = new LinkedHashMap<>();
        String familyName = read(problems, "familyName", typed.familyName(), ContactInput::personName);
        String givenName = read(problems, "givenName", typed.givenName(), ContactInput::personName);
        String familyKana = kana(problems, "familyKana", typed.familyKana());
        String givenKana = kana(problems, "givenKana", typed.givenKana());
        String position = optionalText(problems, "position", typed.position(), MemberContact.POSITION_MAX);
        String email = read(problems, "contactEmail", typed.email(), ContactInput::email);
        String phone = typed.phone() == null || typed.phone().isBlank() ? null
                : read(problems, "contactPhone", typed.phone(), ContactInput::phone);
        if (!problems.isEmpty()) {
            throw new MemberUpkeepInputException(problems);
        }
        return new MemberUpkeepContactForm(familyName, givenName, familyKana, givenKana, position, email, phone,
                typed.main());
    }

    /**
     * The colleague to invite: e-mail and name.
     *
     * @throws MemberUpkeepInputException naming each wrong field (inviteEmail, inviteName)
     */
    public static String[] invitation(String typedEmail, String typedName) {
        Map<String, MemberUpkeepInputException.Problem> problems = new LinkedHashMap<>();
        String email = read(problems, "inviteEmail", typedEmail, ContactInput::email);
        String name = read(problems, "inviteName", typedName, ContactInput::personName);
        if (!problems.isEmpty()) {
            throw new MemberUpkeepInputException(problems);
        }
        return new String[] {email, name};
    }

    private static String read(Map<String, MemberUpkeepInputException.Problem> problems, String field, String typed,
                               Function<String, String> reader) {
        try {
            return reader.apply(typed);
        } catch (InvalidContactInputException e) {
            problems.put(field, new MemberUpkeepInputException.Problem(e.messageKey(), e.arguments()));
            return null;
        }
    }

    private static String requiredText(Map<String, MemberUpkeepInputException.Problem> problems, String field,
                                       String typed, int max) {
        String text = read(problems, field, typed, input -> ContactInput.text(input, max));
        if (text != null && text.isEmpty()) {
            problems.put(field, new MemberUpkeepInputException.Problem(String.format(REQUIRED, field)));
            return null;
        }
        return text;
    }

    private static String optionalText(Map<String, MemberUpkeepInputException.Problem> problems, String field,
                                       String typed, int max) {
        String text = read(problems, field, typed, input -> ContactInput.text(input, max));
        return text == null || text.isEmpty() ? null : text;
    }

    /** ContactInput allows a reading as long as a member's name; a contact's column holds fewer characters. */
    private static String kana(Map<String, MemberUpkeepInputException.Problem> problems, String field, String typed) {
        String kana = read(problems, field, typed, ContactInput::kana);
        if (kana != null && kana.codePointCount(0, kana.length()) > MemberContact.KANA_MAX) {
            problems.put(field, new MemberUpkeepInputException.Problem("member.input.kana.tooLong",
                    MemberContact.KANA_MAX));
            return null;
        }
        return kana;
    }
}
