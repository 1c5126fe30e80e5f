package jp.tokyo23city.portal.inquiry.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jp.tokyo23city.portal.inquiry.entity.RoutingConditions;
import jp.tokyo23city.portal.inquiry.entity.SenderKind;

/**
 * Chooses the desk of an inquiry: the first rule, in order, whose every set condition matches wins. Keywords match
 * the subject and the message after width and case folding (ＰＲ and pr match PR), any one of them being enough.
 */
public final class InquiryRouter {

    private InquiryRouter() {
    }

    /** What routing looks at in an inquiry (or a sample typed on the admin page). */
    public record Sample(Long typeId, SenderKind senderKind, Long eventId, Long threadId, String prefectureCode,
                         String subject, String message) {
    }

    /** A rule as routing sees it: its id and its conditions. */
    public record Rule(long id, RoutingConditions conditions) {
    }

    public static Optional<Rule> firstMatch(List<Rule> orderedRules, Sample sample) {
        return orderedRules.stream().filter(rule -> matches(rule.conditions(), sample)).findFirst();
    }

    public static boolean matches(RoutingConditions rule, Sample sample) {
        return same(rule.typeId(), sample.typeId())
                && (rule.senderKind() == null || rule.senderKind() == sample.senderKind())
                && same(rule.eventId(), sample.eventId())
                && same(rule.threadId(), sample.threadId())
                && (rule.prefectureCode() == null || rule.prefectureCode().equals(sample.prefectureCode()))
                && keywordsMatch(rule.keywords(), sample.subject(), sample.message());
    }

    private static boolean same(Long condition, Long value) {
        return condition == null || Objects.equals(condition, value);
    }

    static boolean keywordsMatch(String keywords, String subject, String message) {
        List<String> words = keywords(keywords);
        if (words.isEmpty()) {
            return true;
        }
        String text = fold(Objects.toString(subject, "") + "\n" + Objects.toString(message, ""));
        return words.stream().anyMatch(text::contains);
    }

    /** The keywords of a rule: separated by spaces (half or full width), commas or 、. */
    public static List<String> keywords(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fold(keywords).split("[\\s,、，]+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
