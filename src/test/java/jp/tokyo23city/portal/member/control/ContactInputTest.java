package jp.tokyo23city.portal.member.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactInputTest {

    @ParameterizedTest
    @CsvSource({
            "03-5210-9747, 03-5210-9747",
            "0771-82-3801, 0771-82-3801",
            "045-671-2121, 045-671-2121",
            "04996-2-1111, 04996-2-1111",
            "0570-064-556, 0570-064-556" })
    void phoneKeepsTheHyphensOfALandlineWhereTheyWereTyped(String typed, String stored) {
        assertThat(ContactInput.phone(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "０３（５２１０）９７４７ | 03-5210-9747",
            "(03) 5210-9747 | 03-5210-9747",
            "（０７７１）８２－３８０１ | 0771-82-3801",
            "０７７１－８２－３８０１ | 0771-82-3801",
            "03ー5210ー9747 | 03-5210-9747",
            "03－5210－9747 | 03-5210-9747",
            "03−5210−9747 | 03-5210-9747",
            "'03　5210　9747' | 03-5210-9747",
            "'　03-5210-9747　' | 03-5210-9747" })
    void phoneReadsFullWidthDigitsDashesSpacesAndParentheses(String typed, String stored) {
        assertThat(ContactInput.phone(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "090 1234 5678 | 090-1234-5678",
            "09012345678 | 090-1234-5678",
            "080-1234-5678 | 080-1234-5678",
            "070 1234 5678 | 070-1234-5678",
            "050-3123-4567 | 050-3123-4567",
            "０９０－１２３４－５６７８ | 090-1234-5678",
            "0901-234-5678 | 090-1234-5678" })
    void phoneHyphenatesMobileAndIpPhonesThreeFourFour(String typed, String stored) {
        assertThat(ContactInput.phone(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0120-123-456 | 0120-123-456",
            "0120123456 | 0120-123-456",
            "0120-12-3456 | 0120-123-456",
            "０１２０（１２３）４５６ | 0120-123-456",
            "0800-123-4567 | 0800-123-4567",
            "08001234567 | 0800-123-4567",
            "0800 1234 567 | 0800-123-4567" })
    void phoneHyphenatesFreeDialFourThreeThreeAndFourThreeFour(String typed, String stored) {
        assertThat(ContactInput.phone(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+81 3 5210 9747 | 03-5210-9747",
            "+81-3-5210-9747 | 03-5210-9747",
            "+81 (0)3-5210-9747 | 03-5210-9747",
            "+81 (0) 3 5210 9747 | 03-5210-9747",
            "+81 03 5210 9747 | 03-5210-9747",
            "＋８１　３　５２１０　９７４７ | 03-5210-9747",
            "+81 771 82 3801 | 0771-82-3801",
            "+81-90-1234-5678 | 090-1234-5678",
            "+81352109747 | 0352109747" })
    void phoneReadsTheCountryCodeOfJapanAsTheLeadingZero(String typed, String stored) {
        assertThat(ContactInput.phone(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({
            "0352109747, 0352109747",
            "０７７１８２３８０１, 0771823801",
            "03-52109747, 0352109747",
            "0-352-109747, 0352109747",
            "077182-38-01, 0771823801",
            "03-5210-97-47, 0352109747" })
    void phoneGivesALandlineAsDigitsOnlyWhenTheAreaCodeCannotBeToldFromTheTyping(String typed, String stored) {
        assertThat(ContactInput.phone(typed)).isEqualTo(stored);
    }

    @Test
    void phoneNamesTheFirstCharacterThatIsNotPartOfANumber() {
        assertProblem(() -> ContactInput.phone("03-5210-9747 内線123"), "member.input.phone.characters", "内");
        assertProblem(() -> ContactInput.phone("TEL 03-5210-9747"), "member.input.phone.characters", "T");
        assertProblem(() -> ContactInput.phone("ＴＥＬ：03-5210-9747"), "member.input.phone.characters", "T");
        assertProblem(() -> ContactInput.phone("〇三-5210-9747"), "member.input.phone.characters", "〇");
        assertProblem(() -> ContactInput.phone("03.5210.9747"), "member.input.phone.characters", ".");
        assertProblem(() -> ContactInput.phone("03-5210-9747/9748"), "member.input.phone.characters", "/");
    }

    @Test
    void phoneRefusesTooFewDigitsWithTheCountExpected() {
        assertProblem(() -> ContactInput.phone("03-5210-974"), "member.input.phone.tooShort", 9, 10);
        assertProblem(() -> ContactInput.phone("090-1234-567"), "member.input.phone.tooShort", 10, 11);
        assertProblem(() -> ContactInput.phone("0800-123-456"), "member.input.phone.tooShort", 10, 11);
        assertProblem(() -> ContactInput.phone("0"), "member.input.phone.tooShort", 1, 10);
    }

    @Test
    void phoneRefusesTooManyDigitsWithTheCountExpected() {
        assertProblem(() -> ContactInput.phone("03-5210-97470"), "member.input.phone.tooLong", 11, 10);
        assertProblem(() -> ContactInput.phone("0120-123-4567"), "member.input.phone.tooLong", 11, 10);
        assertProblem(() -> ContactInput.phone("090-1234-56789"), "member.input.phone.tooLong", 12, 11);
        assertProblem(() -> ContactInput.phone("010-81-3-5210-9747"), "member.input.phone.tooLong", 14, 10);
    }

    @Test
    void phoneAsksForTheAreaCodeWhenTheNumberDoesNotStartWithZero() {
        assertProblem(() -> ContactInput.phone("5210-9747"), "member.input.phone.areaCode");
        assertProblem(() -> ContactInput.phone("81-3-5210-9747"), "member.input.phone.areaCode");
    }

    @Test
    void phoneRefusesForeignNumbers() {
        assertProblem(() -> ContactInput.phone("+1 202 555 0100"), "member.input.phone.foreign");
        assertProblem(() -> ContactInput.phone("+82-2-123-4567"), "member.input.phone.foreign");
    }

    @Test
    void phoneRefusesNumbersThatNoDomesticNumberLooksLike() {
        assertProblem(() -> ContactInput.phone("0036-12-3456"), "member.input.phone.invalid");
        assertProblem(() -> ContactInput.phone("---"), "member.input.phone.invalid");
        assertProblem(() -> ContactInput.phone("（　）"), "member.input.phone.invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "　　" })
    void phoneAsksForANumberWhenNoneIsGiven(String typed) {
        assertProblem(() -> ContactInput.phone(typed), "member.input.phone.required");
    }

    @Test
    void phoneFitsTheLengthKeptForIt() {
        assertThat(ContactInput.phone("0800-123-4567")).hasSize(ContactInput.PHONE_MAX);
        assertThat(ContactInput.phone("090-1234-5678")).hasSize(ContactInput.PHONE_MAX);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "100-0014 | 100-0014",
            "1000014 | 100-0014",
            "〒100-0014 | 100-0014",
            "〒 100-0014 | 100-0014",
            "〒１００－００１４ | 100-0014",
            "１００００１４ | 100-0014",
            "６２９－１１９２ | 629-1192",
            "629ー1192 | 629-1192",
            "'　〒629-1192　' | 629-1192" })
    void postalCodeGivesSevenDigitsWithTheHyphenAfterTheThird(String typed, String stored) {
        assertThat(ContactInput.postalCode(typed)).isEqualTo(stored).hasSize(ContactInput.POSTAL_CODE_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = { "100-001", "100-00145", "1000-014", "10-00014", "100 0014", "100-0014-1",
            "〒〒100-0014", "東京都千代田区永田町1-7-1", "100-OO14" })
    void postalCodeRefusesAnythingButSevenDigits(String typed) {
        assertProblem(() -> ContactInput.postalCode(typed), "member.input.postalCode.invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "　", "〒", "〒　" })
    void postalCodeAsksForACodeWhenNoneIsGiven(String typed) {
        assertProblem(() -> ContactInput.postalCode(typed), "member.input.postalCode.required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tanto@city.kyotamba.lg.jp | tanto@city.kyotamba.lg.jp",
            "zenkoku-renkei@tokyo-23city.or.jp | zenkoku-renkei@tokyo-23city.or.jp",
            "kikaku+zenkoku@pref.kyoto.lg.jp | kikaku+zenkoku@pref.kyoto.lg.jp",
            "ｔａｎｔｏ＠ｃｉｔｙ．ｋｙｏｔａｍｂａ．ｌｇ．ｊｐ | tanto@city.kyotamba.lg.jp",
            "'  tanto@city.kyotamba.lg.jp　' | tanto@city.kyotamba.lg.jp",
            "Kikaku.Tanto@City.Kyotamba.LG.JP | Kikaku.Tanto@city.kyotamba.lg.jp",
            "Ｋｉｋａｋｕ＠ＣＩＴＹ．ＥＸＡＭＰＬＥ．ＬＧ．ＪＰ | Kikaku@city.example.lg.jp" })
    void emailFoldsFullWidthAndLowersTheDomainOnly(String typed, String stored) {
        assertThat(ContactInput.email(typed)).isEqualTo(stored);
    }

    @Test
    void emailAcceptsTheOldMobileAddressesWithDotsThatBreakTheRfc() {
        assertThat(ContactInput.email("taro..yamada.@docomo.ne.jp")).isEqualTo("taro..yamada.@docomo.ne.jp");
        assertThat(ContactInput.email(".hanako@ezweb.ne.jp")).isEqualTo(".hanako@ezweb.ne.jp");
    }

    @Test
    void emailNamesTheCharacterThatNfkcCouldNotMakeAscii() {
        assertProblem(() -> ContactInput.email("たんとう@city.kyotamba.lg.jp"), "member.input.email.characters", "た");
        assertProblem(() -> ContactInput.email("tanto@city。kyotamba。lg。jp"), "member.input.email.characters", "。");
        assertProblem(() -> ContactInput.email("tanto@京丹波町.jp"), "member.input.email.characters", "京");
    }

    @ParameterizedTest
    @ValueSource(strings = { "tanto", "tanto@", "@city.kyotamba.lg.jp", "tanto@@city.kyotamba.lg.jp",
            "tanto@city@kyotamba.lg.jp", "tanto@localhost", "tan to@city.kyotamba.lg.jp",
            "tanto@city..kyotamba.lg.jp", "tanto@-city.kyotamba.lg.jp", "tanto@city.kyotamba.lg.jp.",
            "tanto@city_kyotamba.lg.jp", "tanto@192.168.0.1", "tanto@[192.168.0.1]", "\"tanto\"@city.lg.jp",
            "<tanto@city.kyotamba.lg.jp>", "tanto@city.kyotamba.lg.jp, kikaku@city.kyotamba.lg.jp" })
    void emailRefusesWhatIsNotOneAddress(String typed) {
        assertProblem(() -> ContactInput.email(typed), "member.input.email.invalid");
    }

    @Test
    void emailRefusesALocalPartLongerThanSixtyFour() {
        assertThat(ContactInput.email("a".repeat(64) + "@city.lg.jp")).startsWith("a".repeat(64));
        assertProblem(() -> ContactInput.email("a".repeat(65) + "@city.lg.jp"), "member.input.email.invalid");
    }

    @Test
    void emailRefusesAnAddressLongerThanTwoHundredFiftyFour() {
        String domain = "x".repeat(63) + "." + "y".repeat(63) + "." + "z".repeat(55) + ".lg.jp";
        String longest = "a".repeat(64) + "@" + domain;
        assertThat(longest).hasSize(ContactInput.EMAIL_MAX);

        assertThat(ContactInput.email(longest)).isEqualTo(longest);
        assertProblem(() -> ContactInput.email("b" + longest), "member.input.email.tooLong", 254);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "　" })
    void emailAsksForAnAddressWhenNoneIsGiven(String typed) {
        assertProblem(() -> ContactInput.email(typed), "member.input.email.required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "やまだ たろう | やまだ たろう",
            "ヤマダ タロウ | やまだ たろう",
            "ﾔﾏﾀﾞ ﾀﾛｳ | やまだ たろう",
            "ｷｮｳﾀﾝﾊﾞﾁｮｳ | きょうたんばちょう",
            "キョウタンバチョウ ソウムカ | きょうたんばちょう そうむか",
            "ﾄｸﾍﾞﾂｸ ｾﾞﾝｺｸ ﾚﾝｹｲ ﾌﾟﾛｼﾞｪｸﾄ | とくべつく ぜんこく れんけい ぷろじぇくと",
            "ヴィンセント | ゔぃんせんと",
            "いすゞ | いすゞ" })
    void kanaGivesTheReadingInHiragana(String typed, String stored) {
        assertThat(ContactInput.kana(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ピーター・ジョーンズ | ぴーたー・じょーんず",
            "ﾋﾟｰﾀｰ･ｼﾞｮｰﾝｽﾞ | ぴーたー・じょーんず",
            "まちづくり・ぷろじぇくと | まちづくり・ぷろじぇくと" })
    void kanaKeepsTheLongVowelMarkAndTheMiddleDot(String typed, String stored) {
        assertThat(ContactInput.kana(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "やまだ　たろう | やまだ たろう",
            "やまだ　　たろう | やまだ たろう",
            "'　ヤマダ　 タロウ　' | やまだ たろう",
            "ﾔﾏﾀﾞ  ﾀﾛｳ | やまだ たろう" })
    void kanaMakesAnyRunOfSpacesOneSpace(String typed, String stored) {
        assertThat(ContactInput.kana(typed)).isEqualTo(stored);
    }

    @Test
    void kanaNamesTheFirstCharacterThatIsNotKana() {
        assertProblem(() -> ContactInput.kana("山田 たろう"), "member.input.kana.characters", "山");
        assertProblem(() -> ContactInput.kana("Yamada Taro"), "member.input.kana.characters", "Y");
        assertProblem(() -> ContactInput.kana("ｙａｍａｄａ"), "member.input.kana.characters", "y");
        assertProblem(() -> ContactInput.kana("やまだ たろう2"), "member.input.kana.characters", "2");
        assertProblem(() -> ContactInput.kana("ぴ-たー"), "member.input.kana.characters", "-");
        assertProblem(() -> ContactInput.kana("やまだ（たろう）"), "member.input.kana.characters", "(");
        assertProblem(() -> ContactInput.kana("ヷ"), "member.input.kana.characters", "ヷ");
    }

    @Test
    void kanaRefusesAReadingLongerThanTheColumn() {
        assertThat(ContactInput.kana("あ".repeat(ContactInput.KANA_MAX))).hasSize(200);
        assertProblem(() -> ContactInput.kana("ア".repeat(201)), "member.input.kana.tooLong", 200);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "　", " \t " })
    void kanaAsksForTheReadingWhenNoneIsGiven(String typed) {
        assertProblem(() -> ContactInput.kana(typed), "member.input.kana.required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "山田 太郎 | 山田 太郎",
            "山田　太郎 | 山田 太郎",
            "'  山田　　太郎　' | 山田 太郎",
            "髙橋 花子 | 髙橋 花子",
            "ﾔﾏﾀﾞ ﾀﾛｳ | ﾔﾏﾀﾞ ﾀﾛｳ",
            "Ｊｏｈｎ　Ｓｍｉｔｈ | Ｊｏｈｎ Ｓｍｉｔｈ",
            "渡邉 𠮷郎 | 渡邉 𠮷郎" })
    void personNameKeepsTheNameAsTypedWithItsSpacesMadeOne(String typed, String stored) {
        assertThat(ContactInput.personName(typed)).isEqualTo(stored);
    }

    @Test
    void personNameKeepsAVariationSelectorThatChoosesTheGlyphOfAName() {
        String katsuragi = "葛\uDB40\uDD00城 花子";
        assertThat(ContactInput.personName(katsuragi)).isEqualTo(katsuragi);
    }

    @Test
    void personNameMakesALineBreakOrTabPastedIntoTheNameASpace() {
        assertThat(ContactInput.personName("山田\r\n太郎")).isEqualTo("山田 太郎");
        assertThat(ContactInput.personName("山田\t太郎")).isEqualTo("山田 太郎");
    }

    @Test
    void personNameNamesAnInvisibleCharacterByItsCode() {
        assertProblem(() -> ContactInput.personName("山田\u200B太郎"), "member.input.personName.characters",
                "U+200B");
        assertProblem(() -> ContactInput.personName("山田\u0007太郎"), "member.input.personName.characters",
                "U+0007");
        assertProblem(() -> ContactInput.personName("\u202E郎太 田山"), "member.input.personName.characters",
                "U+202E");
        assertProblem(() -> ContactInput.personName("\uFEFF山田 太郎"), "member.input.personName.characters",
                "U+FEFF");
        assertProblem(() -> ContactInput.personName("山田\uD842"), "member.input.personName.characters",
                "U+D842");
    }

    @Test
    void personNameCountsCharactersAsPeopleDo() {
        assertThat(ContactInput.personName("𠮷".repeat(50))).hasSize(100);
        assertThat(ContactInput.personName("山".repeat(50))).hasSize(ContactInput.PERSON_NAME_MAX);
        assertProblem(() -> ContactInput.personName("𠮷".repeat(51)), "member.input.personName.tooLong", 50);
        assertProblem(() -> ContactInput.personName("山".repeat(51)), "member.input.personName.tooLong", 50);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "　", " \u3000 " })
    void personNameAsksForTheNameWhenNoneIsGiven(String typed) {
        assertProblem(() -> ContactInput.personName(typed), "member.input.personName.required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.town.kyotamba.kyoto.jp/ | https://www.town.kyotamba.kyoto.jp/",
            "http://www.city.example.lg.jp/kurashi/index.html | http://www.city.example.lg.jp/kurashi/index.html",
            "'  https://www.tokyo-23city.or.jp/  ' | https://www.tokyo-23city.or.jp/",
            "'　https://www.city.chiyoda.lg.jp/　' | https://www.city.chiyoda.lg.jp/",
            "HTTPS://www.city.chiyoda.lg.jp/ | HTTPS://www.city.chiyoda.lg.jp/",
            "https://www.city.chiyoda.lg.jp/koho/index.html?id=12#top | "
                    + "https://www.city.chiyoda.lg.jp/koho/index.html?id=12#top",
            "https://www.city.chiyoda.lg.jp:8443/ | https://www.city.chiyoda.lg.jp:8443/",
            "https://www.city.example.lg.jp/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/ | "
                    + "https://www.city.example.lg.jp/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/" })
    void webSiteAcceptsHttpAndHttpsAddressesTrimmed(String typed, String stored) {
        assertThat(ContactInput.webSite(typed)).contains(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "　" })
    void webSiteIsEmptyWhenNoneIsGiven(String typed) {
        assertThat(ContactInput.webSite(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "www.town.kyotamba.kyoto.jp", "javascript:alert(1)", "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "ftp://ftp.city.example.lg.jp/",
            "mailto:tanto@city.kyotamba.lg.jp", "//www.town.kyotamba.kyoto.jp/" })
    void webSiteAsksForHttpOrHttps(String typed) {
        assertProblem(() -> ContactInput.webSite(typed), "member.input.webSite.scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://", "https:///index.html", "https:www.town.kyotamba.kyoto.jp",
            "https://www.town kyotamba.kyoto.jp/", "https://www.city.chiyoda.lg.jp@evil.example/",
            "https://user:pass@www.city.chiyoda.lg.jp/", "https://www.city.chiyoda.lg.jp/\nSet-Cookie: a=b" })
    void webSiteRefusesAddressesWithoutAProperHost(String typed) {
        assertProblem(() -> ContactInput.webSite(typed), "member.input.webSite.invalid");
    }

    @Test
    void webSiteRefusesAnAddressLongerThanFiveHundred() {
        String start = "https://www.city.example.lg.jp/";
        String longest = start + "a".repeat(ContactInput.WEB_SITE_MAX - start.length());

        assertThat(ContactInput.webSite(longest)).contains(longest);
        assertProblem(() -> ContactInput.webSite(longest + "b"), "member.input.webSite.tooLong", 500);
    }

    @Test
    void textMakesEveryLineBreakALineFeedAndTrims() {
        String typed = "　\r\n貴区との観光交流を希望します。\r\n物産展への出展も検討しています。\r以上\n\n  ";

        assertThat(ContactInput.text(typed, 400))
                .isEqualTo("貴区との観光交流を希望します。\n物産展への出展も検討しています。\n以上");
    }

    @Test
    void textReadsUnicodeLineSeparatorsAsLineBreaks() {
        assertThat(ContactInput.text("一行目\u2028二行目\u2029三行目\u0085四行目", 100))
                .isEqualTo("一行目\n二行目\n三行目\n四行目");
    }

    @Test
    void textKeepsTabsAndWhatWasTypedWithinTheText() {
        assertThat(ContactInput.text("日時\t令和7年10月1日（水）\n会場\t①区役所 ㈱ﾃｽﾄ", 100))
                .isEqualTo("日時\t令和7年10月1日（水）\n会場\t①区役所 ㈱ﾃｽﾄ");
    }

    @Test
    void textGivesEmptyTextForNothing() {
        assertThat(ContactInput.text(null, 100)).isEmpty();
        assertThat(ContactInput.text("　\r\n \t", 100)).isEmpty();
    }

    @Test
    void textNamesAControlCharacterByItsCode() {
        assertProblem(() -> ContactInput.text("連携\u0000希望", 100), "member.input.text.characters", "U+0000");
        assertProblem(() -> ContactInput.text("\u001B[31m至急\u001B[0m", 100), "member.input.text.characters",
                "U+001B");
        assertProblem(() -> ContactInput.text("連携\u000B希望", 100), "member.input.text.characters", "U+000B");
    }

    @Test
    void textCountsCodePointsAndNotTheTrimmedWhitespace() {
        assertThat(ContactInput.text("𠮷".repeat(10), 10)).hasSize(20);
        assertThat(ContactInput.text("あ".repeat(10) + "\r\n\r\n", 10)).isEqualTo("あ".repeat(10));
        assertProblem(() -> ContactInput.text("𠮷".repeat(11), 10), "member.input.text.tooLong", 10, 11);
        assertProblem(() -> ContactInput.text("一\r\n二", 2), "member.input.text.tooLong", 2, 3);
    }

    @Test
    void textRefusesALimitBelowOne() {
        assertThatThrownBy(() -> ContactInput.text("", 0)).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidContactInputException.class);
    }

    @Test
    void messageKeysFollowTheGrammarOfTheBundleAndIncludeEveryReason() {
        assertThat(ContactInput.messageKeys())
                .hasSize(24)
                .allMatch(key -> key.matches(
                        "member\\.input\\.(phone|postalCode|email|kana|personName|webSite|text)\\.[a-z][A-Za-z]+"))
                .contains("member.input.phone.invalid", "member.input.phone.tooShort",
                        "member.input.webSite.scheme", "member.input.text.tooLong");
    }

    @Test
    void messageKeysCannotBeChangedByTheCaller() {
        assertThatThrownBy(() -> ContactInput.messageKeys().add("member.input.phone.other"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void problemArgumentsCannotBeChangedByTheCaller() {
        InvalidContactInputException problem = catchProblem(() -> ContactInput.phone("03-5210-974"));
        problem.arguments()[0] = 99;

        assertThat(problem.arguments()).containsExactly(9, 10);
        assertThat(problem).hasMessage("member.input.phone.tooShort [9, 10]");
    }

    private static void assertProblem(ThrowingCallable call, String key, Object... arguments) {
        InvalidContactInputException problem = catchProblem(call);
        assertThat(problem.messageKey()).isEqualTo(key);
        assertThat(problem.arguments()).containsExactly(arguments);
        assertThat(ContactInput.messageKeys()).contains(key);
    }

    private static InvalidContactInputException catchProblem(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidContactInputException.class);
        return (InvalidContactInputException) thrown;
    }
}
