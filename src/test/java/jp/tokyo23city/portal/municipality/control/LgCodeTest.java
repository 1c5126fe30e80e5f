package jp.tokyo23city.portal.municipality.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LgCodeTest {

    @ParameterizedTest(name = "{0} ({2}) has check digit {1}")
    @CsvSource({
            "13101, 6, 千代田区",
            "01100, 2, 札幌市",
            "13123, 7, 江戸川区",
            "47382, 1, 与那国町",
            "01000, 6, 北海道",
            "13000, 1, 東京都",
            "09000, 0, 栃木県 (s mod 11 is 1 so the digit is 10 mod 10)"
    })
    void computesTheCheckDigitFromTheFirstFiveDigits(String firstFive, int checkDigit, String what) {
        assertThat(LgCode.checkDigit(firstFive)).isEqualTo(checkDigit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"131016", "011002", "131237", "473821", "010006", "090000"})
    void acceptsKnownSixDigitCodes(String code) {
        assertThat(LgCode.parse(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"13101, 131016", "01100, 011002", "13123, 131237"})
    void completesFiveDigitsWithTheCheckDigit(String fiveDigits, String expected) {
        assertThat(LgCode.parse(fiveDigits)).isEqualTo(new LgCode(expected));
    }

    @Test
    void refusesAWrongCheckDigitNamingTheExpectedOne() {
        LgCodeCheckDigitException e = catchThrowableOfType(LgCodeCheckDigitException.class,
                () -> LgCode.parse("131017"));

        assertThat(e.expectedDigit()).isEqualTo(6);
        assertThat(e.actualDigit()).isEqualTo(7);
        assertThat(e.input()).isEqualTo("131017");
        assertThat(e.correctedCode()).isEqualTo("131016");
        assertThat(e).hasMessage("検査数字が正しくありません（131017 の6桁目は 6 のはずです）");
    }

    @Test
    void aWrongCheckDigitIsAlsoAnInvalidCode() {
        assertThatThrownBy(() -> LgCode.parse("011003"))
                .isInstanceOf(InvalidLgCodeException.class)
                .isInstanceOf(LgCodeCheckDigitException.class)
                .hasMessageContaining("011003 の6桁目は 2 のはずです");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "１３１０１６",        // full-width digits
            "１３１０１",          // full-width, five digits
            " 131016 ",           // spaces around
            "\u3000131016\u3000", // ideographic spaces around
            "13101-6",            // check digit set apart
            "13-101-6",
            "13101－6",           // full-width hyphen-minus
            "13101ー6",           // what a Japanese input method types for "-"
            "13101−6",            // minus sign
            "131 016",
            "ｰ131016"             // half-width prolonged sound mark
    })
    void readsCodesAsPeopleTypeThem(String typed) {
        assertThat(LgCode.parse(typed)).isEqualTo(new LgCode("131016"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "1310", "1310160", "13101a", "abcdef", "13.101", "١٣١٠١٦"})
    void refusesWhatIsNotFiveOrSixDigits(String typed) {
        assertThatThrownBy(() -> LgCode.parse(typed))
                .isInstanceOf(InvalidLgCodeException.class)
                .isNotInstanceOf(LgCodeCheckDigitException.class);
    }

    @Test
    void saysWhatWasTypedWhenItIsNotACode() {
        assertThatThrownBy(() -> LgCode.parse("１３１０"))
                .hasMessage("全国地方公共団体コードは5桁または6桁の数字です（「1310」）");
        assertThatThrownBy(() -> LgCode.parse(""))
                .hasMessage("全国地方公共団体コードが入力されていません");
    }

    @Test
    void theConstructorTakesOnlySixDigitsWithTheirCheckDigit() {
        assertThatThrownBy(() -> new LgCode("13101")).isInstanceOf(InvalidLgCodeException.class);
        assertThatThrownBy(() -> new LgCode("１３１０１６")).isInstanceOf(InvalidLgCodeException.class);
        assertThatThrownBy(() -> new LgCode("131017")).isInstanceOf(LgCodeCheckDigitException.class);
        assertThatThrownBy(() -> new LgCode(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyFiveDigitsHaveExactlyOneValidSixthDigit() {
        for (int n = 0; n < 100_000; n++) {
            String five = String.format("%05d", n);
            int valid = 0;
            for (int digit = 0; digit <= 9; digit++) {
                if (LgCode.tryParse(five + digit).isPresent()) {
                    valid++;
                }
            }
            assertThat(valid).as(five).isEqualTo(1);
        }
    }

    @Test
    void tryParseHidesTheReason() {
        assertThat(LgCode.tryParse("131016")).contains(new LgCode("131016"));
        assertThat(LgCode.tryParse("131017")).isEmpty();
        assertThat(LgCode.tryParse("x")).isEmpty();
        assertThat(LgCode.tryParse(null)).isEmpty();
    }

    @Test
    void theFirstTwoDigitsAreThePrefecture() {
        assertThat(LgCode.parse("131016").prefectureCode()).isEqualTo("13");
        assertThat(LgCode.parse("011002").prefectureCode()).isEqualTo("01");
    }

    @Test
    void knowsTheCodesOfPrefecturesThemselves() {
        assertThat(LgCode.parse("130001").isPrefecture()).isTrue();
        assertThat(LgCode.parse("010006").isPrefecture()).isTrue();
        assertThat(LgCode.parse("131016").isPrefecture()).isFalse();
    }

    @Test
    void dropsTheCheckDigitForListsThatHaveNone() {
        assertThat(LgCode.parse("131016").withoutCheckDigit()).isEqualTo("13101");
    }

    @Test
    void isAValue() {
        assertThat(LgCode.parse("13101")).isEqualTo(LgCode.parse("131016")).hasToString("131016");
        assertThat(LgCode.parse("011002")).isLessThan(LgCode.parse("131016"));
    }
}
