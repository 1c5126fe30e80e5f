package jp.tokyo23city.portal.municipality.control;

import java.text.Normalizer;

/**
 * The reading (ふりがな) of a municipality name, kept in hiragana. Lists publish it in hiragana (localgovjp) or in
 * katakana, often half-width (総務省); one script makes sorting and prefix search treat both the same.
 */
public final class MunicipalityReading {

    private static final char KATAKANA_SMALL_A = '\u30A1';
    private static final char KATAKANA_SMALL_KE = '\u30F6';
    private static final char KATAKANA_ITERATION = '\u30FD';
    private static final char KATAKANA_VOICED_ITERATION = '\u30FE';
    /** Katakana and hiragana blocks are parallel: ァ (U+30A1) − ぁ (U+3041). */
    private static final int KATAKANA_TO_HIRAGANA = 0x60;

    private MunicipalityReading() {
    }

    /**
     * NFKC (half-width katakana become full-width, with their sound marks joined), then katakana to hiragana,
     * spaces trimmed and runs of spaces made one. The prolonged sound mark ー is shared by both scripts and stays;
     * ヷ ヸ ヹ ヺ have no hiragana letter and stay too.
     *
     * @return the reading in hiragana, or {@code null} for {@code null}
     */
    public static String normalize(String reading) {
        if (reading == null) {
            return null;
        }
        String text = Normalizer.normalize(reading, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        StringBuilder hiragana = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            hiragana.append(toHiragana(text.charAt(i)));
        }
        return hiragana.toString();
    }

    static char toHiragana(char c) {
        if (c >= KATAKANA_SMALL_A && c <= KATAKANA_SMALL_KE
                || c == KATAKANA_ITERATION || c == KATAKANA_VOICED_ITERATION) {
            return (char) (c - KATAKANA_TO_HIRAGANA);
        }
        return c;
    }

    /**
     * Whether a normalised reading is made only of what readings are written with: hiragana, ー, the middle dot,
     * spaces, and the four katakana without a hiragana letter.
     */
    public static boolean isReading(String normalized) {
        return normalized != null && !normalized.isBlank() && firstNonKana(normalized).isEmpty();
    }

    /** The first character that a reading may not contain, to name it in a message; empty if there is none. */
    public static String firstNonKana(String normalized) {
        if (normalized == null) {
            return "";
        }
        return normalized.codePoints()
                .filter(c -> !isReadingCharacter(c))
                .mapToObj(Character::toString)
                .findFirst()
                .orElse("");
    }

    private static boolean isReadingCharacter(int c) {
        return c >= '\u3041' && c <= '\u309F'
                || c == '\u30FC' || c == '\u30FB' || c == ' '
                || c >= '\u30F7' && c <= '\u30FA';
    }
}
