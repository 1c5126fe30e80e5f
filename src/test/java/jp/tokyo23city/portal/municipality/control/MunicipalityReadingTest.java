package jp.tokyo23city.portal.municipality.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityReadingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "チヨダク, ちよだく",
            "ｻｯﾎﾟﾛｼ, さっぽろし",             // half-width, sound marks joined by NFKC
            "ｶﾞｯｺｳ, がっこう",
            "ヨナグニチョウ, よなぐにちょう",
            "ヴ, ゔ",
            "ヶ, ゖ",
            "ヽヾ, ゝゞ",
            "ちよだく, ちよだく",               // hiragana stays
            "サッポロシ ちゅうおうく, さっぽろし ちゅうおうく",
            "ニセコチョウ, にせこちょう",
            "ホーム, ほーむ"                    // the prolonged sound mark belongs to both scripts
    })
    void writesReadingsInHiragana(String given, String hiragana) {
        assertThat(MunicipalityReading.normalize(given)).isEqualTo(hiragana);
    }

    @Test
    void trimsSpacesAndKeepsOneBetweenWords() {
        assertThat(MunicipalityReading.normalize("\u3000さっぽろし\u3000\u3000ちゅうおうく ")).isEqualTo("さっぽろし ちゅうおうく");
    }

    @Test
    void keepsTheKatakanaThatHaveNoHiraganaLetter() {
        assertThat(MunicipalityReading.normalize("ヷヸヹヺ")).isEqualTo("ヷヸヹヺ");
    }

    @Test
    void leavesNullAlone() {
        assertThat(MunicipalityReading.normalize(null)).isNull();
    }

    @Test
    void mapsEveryKatakanaLetterToTheHiraganaOfTheSameName() {
        for (char katakana = '\u30A1'; katakana <= '\u30F6'; katakana++) {
            char hiragana = MunicipalityReading.toHiragana(katakana);
            assertThat(Character.getName(hiragana))
                    .as("U+%04X", (int) katakana)
                    .isEqualTo(Character.getName(katakana).replace("KATAKANA", "HIRAGANA"));
        }
    }

    @Test
    void leavesEverythingElseAlone() {
        for (char c : "あア漢字Aa1 ー・".toCharArray()) {
            if (c < '\u30A1' || c > '\u30F6') {
                assertThat(MunicipalityReading.toHiragana(c)).isEqualTo(c);
            }
        }
    }

    @Test
    void tellsReadingsFromOtherText() {
        assertThat(MunicipalityReading.isReading("さっぽろし ちゅうおうく")).isTrue();
        assertThat(MunicipalityReading.isReading("ほーむ・ぺーじ")).isTrue();
        assertThat(MunicipalityReading.isReading("ちよだ区")).isFalse();
        assertThat(MunicipalityReading.isReading("chiyoda")).isFalse();
        assertThat(MunicipalityReading.isReading(" ")).isFalse();
        assertThat(MunicipalityReading.isReading(null)).isFalse();
    }

    @Test
    void namesTheFirstCharacterThatIsNotKana() {
        assertThat(MunicipalityReading.firstNonKana("ちよだ区")).isEqualTo("区");
        assertThat(MunicipalityReading.firstNonKana("𠮷のや")).isEqualTo("𠮷");
        assertThat(MunicipalityReading.firstNonKana("ちよだく")).isEmpty();
    }
}
