package jp.tokyo23city.portal.member.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contact data that municipalities and organisations type into the membership application and the
 * contact pages: phone numbers, postal codes, mail addresses, names and their ふりがな, web sites and free text.
 * Each method returns the value in the one form the portal stores, or throws {@link InvalidContactInputException}
 * with a key of the UI bundle saying what to correct; {@link #messageKeys()} lists every such key.
 * <p>
 * People type these fields with a Japanese input method, so full-width digits, letters and symbols are expected and
 * accepted wherever NFKC folds them onto ASCII without changing what they mean. Names and free text are not folded:
 * there NFKC would change what the person wrote (① would become 1, ㈱ would become (株)).
 * <p>
 * Required fields throw the {@code required} key when blank; a page that makes one of them optional checks for blank
 * text before calling.
 */
public final class ContactInput {

    public static final int PERSON_NAME_MAX = 50;
    /** Same as {@code Member.KANA_MAX}, so that the reading of a member's name passes here and fits its column. */
    public static final int KANA_MAX = 200;
    /** RFC 5321 limits a path to 256 octets including the angle brackets, which leaves 254 for the address. */
    public static final int EMAIL_MAX = 254;
    public static final int WEB_SITE_MAX = 500;
    /** The longest normalised phone number: {@code 090-1234-5678} or {@code 0800-123-4567}. */
    public static final int PHONE_MAX = 13;
    /** The normalised postal code: {@code 100-0014}. */
    public static final int POSTAL_CODE_LENGTH = 8;

    private static final int EMAIL_LOCAL_PART_MAX = 64;
    private static final int EMAIL_DOMAIN_MAX = 253;
    private static final int LANDLINE_DIGITS = 10;
    private static final int MOBILE_DIGITS = 11;
    private static final int AREA_CODE_MIN = 2;
    private static final int AREA_CODE_MAX = 5;

    /**
     * Hyphens and dashes that NFKC leaves as they are, and the long vowel mark that a Japanese input method types for
     * "-" in kana mode: all of them are meant as a hyphen in a number.
     */
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212\u30FC]");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()\\-]+");
    /**
     * +81 and what business cards print after it: "(0)" or a stray 0 for the trunk prefix, which a number in the
     * national plan never starts with, so dropping it cannot lose a digit.
     */
    private static final Pattern JAPAN_COUNTRY_CODE = Pattern.compile("^\\+81[\\s\\-]*(?:(?:\\(0\\)|0)[\\s\\-]*)?");
    // Without UNICODE_CHARACTER_CLASS, \d is ASCII only: other scripts' digits are refused, not misread.
    private static final Pattern POSTAL_CODE = Pattern.compile("(\\d{3})-?(\\d{4})");
    /**
     * Dots may lead, trail or repeat: docomo and au issued such addresses (taro..yamada@docomo.ne.jp) before 2009,
     * they still receive mail, and members' staff use them.
     */
    private static final Pattern EMAIL_LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]+");
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9\\-]{0,61}[a-z0-9])");
    /** Includes U+3000, which {@code \s} does not, and the line and paragraph separators. */
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final Pattern URL_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\u0085\u2028\u2029]");

    /** Katakana and hiragana blocks are parallel: ァ (U+30A1) − ぁ (U+3041). */
    private static final int KATAKANA_TO_HIRAGANA = 0x60;

    /** Every reason this class gives; an enum, so that {@link #messageKeys()} cannot miss one that is thrown. */
    private enum Problem {
        PHONE_REQUIRED("phone", "required"),
        PHONE_CHARACTERS("phone", "characters"),
        PHONE_FOREIGN("phone", "foreign"),
        PHONE_AREA_CODE("phone", "areaCode"),
        PHONE_INVALID("phone", "invalid"),
        PHONE_TOO_SHORT("phone", "tooShort"),
        PHONE_TOO_LONG("phone", "tooLong"),
        POSTAL_CODE_REQUIRED("postalCode", "required"),
        POSTAL_CODE_INVALID("postalCode", "invalid"),
        EMAIL_REQUIRED("email", "required"),
        EMAIL_CHARACTERS("email", "characters"),
        EMAIL_TOO_LONG("email", "tooLong"),
        EMAIL_INVALID("email", "invalid"),
        KANA_REQUIRED("kana", "required"),
        KANA_CHARACTERS("kana", "characters"),
        KANA_TOO_LONG("kana", "tooLong"),
        PERSON_NAME_REQUIRED("personName", "required"),
        PERSON_NAME_CHARACTERS("personName", "characters"),
        PERSON_NAME_TOO_LONG("personName", "tooLong"),
        WEB_SITE_SCHEME("webSite", "scheme"),
        WEB_SITE_INVALID("webSite", "invalid"),
        WEB_SITE_TOO_LONG("webSite", "tooLong"),
        TEXT_CHARACTERS("text", "characters"),
        TEXT_TOO_LONG("text", "tooLong");

        private final String key;

        Problem(String field, String reason) {
            this.key = "member.input." + field + "." + reason;
        }

        InvalidContactInputException exception(Object... arguments) {
            return new InvalidContactInputException(key, arguments);
        }
    }

    private ContactInput() {
    }

    /**
     * Every key an {@link InvalidContactInputException} from this class can carry, in a fixed order, so that a test
     * can check that the UI bundle has each of them in Japanese and English.
     */
    public static Set<String> messageKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Problem problem : Problem.values()) {
            keys.add(problem.key);
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * A Japanese phone number, hyphenated where the hyphens can be known.
     * <ul>
     * <li>Mobile and IP phones (070, 080, 090, 050): 11 digits, {@code 090-1234-5678}.</li>
     * <li>Free dial 0120: 10 digits, {@code 0120-123-456}; free dial 0800: 11 digits, {@code 0800-123-4567}.</li>
     * <li>Other numbers (landlines, and 0570 and the like): 10 digits. The hyphens stay where the person put them if
     * they wrote three groups and the first has 2 to 5 digits, the lengths an area code (市外局番, with its 0) can
     * have. Otherwise the digits come back without hyphens: which area code applies depends on the number itself
     * (0771-82-xxxx but 075-xxx-xxxx), so placing hyphens would take 総務省's table of area codes, and a number
     * split in the wrong place looks right and misleads. Digits alone are still a correct number to dial.</li>
     * </ul>
     * Full-width digits, hyphens of any kind, spaces and parentheses are accepted, as is +81 for the leading 0.
     *
     * @throws InvalidContactInputException with a key that says whether the number is missing, has other characters,
     *         is foreign, lacks the area code, or has too few or too many digits
     */
    public static String phone(String input) {
        String text = DASHES.matcher(nfkc(input)).replaceAll("-").strip();
        if (text.isEmpty()) {
            throw Problem.PHONE_REQUIRED.exception();
        }
        if (text.startsWith("+")) {
            Matcher japan = JAPAN_COUNTRY_CODE.matcher(text);
            if (!japan.find()) {
                throw Problem.PHONE_FOREIGN.exception();
            }
            text = "0" + text.substring(japan.end());
        }
        Optional<String> other = firstCodePoint(text,
                c -> !(isAsciiDigit(c) || c == '-' || c == '(' || c == ')' || isAsciiWhitespace(c)));
        if (other.isPresent()) {
            throw Problem.PHONE_CHARACTERS.exception(other.get());
        }
        List<String> groups = Arrays.stream(PHONE_SEPARATORS.split(text)).filter(group -> !group.isEmpty()).toList();
        String digits = String.join("", groups);
        if (digits.isEmpty()) {
            throw Problem.PHONE_INVALID.exception();
        }
        if (digits.charAt(0) != '0') {
            throw Problem.PHONE_AREA_CODE.exception();
        }
        // 00 starts a call abroad (010, 001…); no number in the national plan begins with it.
        if (digits.startsWith("00")) {
            throw Problem.PHONE_INVALID.exception();
        }
        int expected = digits.startsWith("0800") || isMobile(digits) ? MOBILE_DIGITS : LANDLINE_DIGITS;
        if (digits.length() < expected) {
            throw Problem.PHONE_TOO_SHORT.exception(digits.length(), expected);
        }
        if (digits.length() > expected) {
            throw Problem.PHONE_TOO_LONG.exception(digits.length(), expected);
        }
        if (digits.startsWith("0120") || digits.startsWith("0800")) {
            return hyphenate(digits, 4, 3);
        }
        if (isMobile(digits)) {
            return hyphenate(digits, 3, 4);
        }
        String areaCode = groups.get(0);
        if (groups.size() == 3 && areaCode.length() >= AREA_CODE_MIN && areaCode.length() <= AREA_CODE_MAX) {
            return String.join("-", groups);
        }
        return digits;
    }

    /**
     * A postal code as {@code 100-0014}: seven digits, with or without the hyphen after the third, and with or without
     * the 〒 mark; full-width digits are accepted.
     *
     * @throws InvalidContactInputException if nothing is given or it is not seven digits in that shape
     */
    public static String postalCode(String input) {
        String text = DASHES.matcher(nfkc(input)).replaceAll("-").strip();
        if (text.startsWith("〒")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw Problem.POSTAL_CODE_REQUIRED.exception();
        }
        Matcher matcher = POSTAL_CODE.matcher(text);
        if (!matcher.matches()) {
            throw Problem.POSTAL_CODE_INVALID.exception();
        }
        return matcher.group(1) + "-" + matcher.group(2);
    }

    /**
     * A mail address, with full-width letters and symbols folded to ASCII and the domain in lower case. The local
     * part keeps its case: a server may tell {@code Tanto} from {@code tanto}, and the address must reach the person.
     *
     * @throws InvalidContactInputException if nothing is given, if characters other than ASCII remain (kana, 。),
     *         if it is longer than {@value #EMAIL_MAX} characters, or if it is not one local part, one @ and a domain
     *         with a dot
     */
    public static String email(String input) {
        String text = nfkc(input).strip();
        if (text.isEmpty()) {
            throw Problem.EMAIL_REQUIRED.exception();
        }
        Optional<String> nonAscii = firstCodePoint(text, c -> c > 0x7E || Character.isISOControl(c));
        if (nonAscii.isPresent()) {
            throw Problem.EMAIL_CHARACTERS.exception(nonAscii.get());
        }
        if (text.length() > EMAIL_MAX) {
            throw Problem.EMAIL_TOO_LONG.exception(EMAIL_MAX);
        }
        int at = text.indexOf('@');
        if (at < 1 || at != text.lastIndexOf('@')) {
            throw Problem.EMAIL_INVALID.exception();
        }
        String localPart = text.substring(0, at);
        // ROOT: in a Turkish locale "I" would become a dotless ı, which no domain contains.
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (localPart.length() > EMAIL_LOCAL_PART_MAX || !EMAIL_LOCAL_PART.matcher(localPart).matches()
                || domain.length() > EMAIL_DOMAIN_MAX || !EMAIL_DOMAIN.matcher(domain).matches()) {
            throw Problem.EMAIL_INVALID.exception();
        }
        return localPart + "@" + domain;
    }

    /**
     * A reading (ふりがな) in hiragana: NFKC first, so that half-width katakana become full-width with their sound
     * marks joined, then katakana to hiragana, and whitespace of any width made one space and trimmed. Sorting and
     * search then treat a reading typed in either script the same. Hiragana, ー, ・ and spaces are accepted.
     *
     * @throws InvalidContactInputException if nothing is given, if a kanji, letter or other character remains (the
     *         first is named), or if it is longer than {@value #KANA_MAX} characters
     */
    public static String kana(String input) {
        String text = WHITESPACE.matcher(nfkc(input)).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw Problem.KANA_REQUIRED.exception();
        }
        StringBuilder hiragana = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            hiragana.append(toHiragana(text.charAt(i)));
        }
        String reading = hiragana.toString();
        Optional<String> other = firstCodePoint(reading, c -> !isReadingCharacter(c));
        if (other.isPresent()) {
            throw Problem.KANA_CHARACTERS.exception(other.get());
        }
        if (reading.codePointCount(0, reading.length()) > KANA_MAX) {
            throw Problem.KANA_TOO_LONG.exception(KANA_MAX);
        }
        return reading;
    }

    /**
     * A person's name as typed: kanji, kana and letters are kept (no NFKC, which would turn a half-width ｶﾅ name into
     * something the person did not write), whitespace of any width is made one space and trimmed, so that 山田　太郎
     * and 山田 太郎 are one name. Length counts code points: 𠮷 is one character to the person typing it.
     *
     * @throws InvalidContactInputException if nothing is given, if it holds an invisible control or format character
     *         (named as U+XXXX, since it cannot be shown), or if it is longer than {@value #PERSON_NAME_MAX}
     *         characters
     */
    public static String personName(String input) {
        String text = input == null ? "" : WHITESPACE.matcher(input).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw Problem.PERSON_NAME_REQUIRED.exception();
        }
        // Format characters too: a zero-width space or a direction override makes two names that look equal differ.
        Optional<String> invisible = firstCodePoint(text, c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
        }).map(ContactInput::codePointName);
        if (invisible.isPresent()) {
            throw Problem.PERSON_NAME_CHARACTERS.exception(invisible.get());
        }
        if (text.codePointCount(0, text.length()) > PERSON_NAME_MAX) {
            throw Problem.PERSON_NAME_TOO_LONG.exception(PERSON_NAME_MAX);
        }
        return text;
    }

    /**
     * An optional web site: an absolute http or https URL with a host, trimmed, at most {@value #WEB_SITE_MAX}
     * characters. Other schemes are refused because the portal shows the address as a link, where
     * {@code javascript:} or {@code data:} would run in the reader's session. A host in Japanese script
     * (日本語ドメイン) is refused by {@link URI}; it is accepted in its ASCII form ({@code xn--…}).
     *
     * @return empty if nothing is given
     * @throws InvalidContactInputException if the scheme is missing or not http(s), if the URL does not parse or has
     *         no host, or if it is too long
     */
    public static Optional<String> webSite(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = input.strip();
        if (text.codePointCount(0, text.length()) > WEB_SITE_MAX) {
            throw Problem.WEB_SITE_TOO_LONG.exception(WEB_SITE_MAX);
        }
        // The scheme is read before parsing, so that data:text/html,<script>… is told about its scheme, not its syntax.
        Matcher scheme = URL_SCHEME.matcher(text);
        if (!scheme.lookingAt() || !WEB_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            throw Problem.WEB_SITE_SCHEME.exception();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw Problem.WEB_SITE_INVALID.exception();
        }
        // User info shows a trusted name before the real host: https://www.city.example.lg.jp@evil.example/.
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw Problem.WEB_SITE_INVALID.exception();
        }
        return Optional.of(text);
    }

    /**
     * Free text such as the reason for joining: line breaks of every platform made {@code \n}, leading and trailing
     * whitespace trimmed. Tabs and line breaks are kept; other control characters are refused because they do not
     * show and break the CSV and mail the text ends up in. Length counts code points, as people count characters.
     * Whether the text may be empty is the form's decision.
     *
     * @param max the most characters allowed, at least 1
     * @return the text, empty if nothing is given
     * @throws InvalidContactInputException if a control character is found (named as U+XXXX) or the text is longer
     *         than {@code max}
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public static String text(String input, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        if (input == null) {
            return "";
        }
        String text = LINE_BREAKS.matcher(input).replaceAll("\n").strip();
        Optional<String> control = firstCodePoint(text, c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL && c != '\n' && c != '\t' || type == Character.SURROGATE;
        }).map(ContactInput::codePointName);
        if (control.isPresent()) {
            throw Problem.TEXT_CHARACTERS.exception(control.get());
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw Problem.TEXT_TOO_LONG.exception(max, length);
        }
        return text;
    }

    private static String nfkc(String input) {
        return input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFKC);
    }

    private static boolean isMobile(String digits) {
        // 0800 is free dial: mobile numbers 080-0… are not issued, so that the two never overlap.
        return digits.startsWith("070") || digits.startsWith("080") && !digits.startsWith("0800")
                || digits.startsWith("090") || digits.startsWith("050");
    }

    private static String hyphenate(String digits, int first, int second) {
        return digits.substring(0, first) + "-" + digits.substring(first, first + second) + "-"
                + digits.substring(first + second);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiWhitespace(int c) {
        return c == ' ' || c == '\t';
    }

    private static char toHiragana(char c) {
        // ヽ ヾ (U+30FD, U+30FE) are the katakana iteration marks; ゝ ゞ are theirs in hiragana.
        if (c >= '\u30A1' && c <= '\u30F6' || c == '\u30FD' || c == '\u30FE') {
            return (char) (c - KATAKANA_TO_HIRAGANA);
        }
        return c;
    }

    private static boolean isReadingCharacter(int c) {
        return c >= '\u3041' && c <= '\u3096' || c == '\u309D' || c == '\u309E'
                || c == '\u30FC' || c == '\u30FB' || c == ' ';
    }

    private static Optional<String> firstCodePoint(String text, IntPredicate refused) {
        return text.codePoints().filter(refused).mapToObj(Character::toString).findFirst();
    }

    private static String codePointName(String character) {
        return String.format(Locale.ROOT, "U+%04X", character.codePointAt(0));
    }
}
