package jp.tokyo23city.portal.member.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MemberCsvReaderTest {

    private static final String HEADER = "種別,全国地方公共団体コード,名称,ふりがな,都道府県,担当部署,郵便番号,住所,電話,メール\r\n";

    @Test
    void readsUtf8WithBomAndNumbersRowsAsExcelDoes() {
        String csv = "\uFEFF" + HEADER
                + "自治体,264075,,,,企画情報課,622-0292,京都府船井郡京丹波町蒲生蒔田62,0771-82-3803,kikaku@example.jp\r\n"
                + "団体,,長野県町村会,ながのけんちょうそんかい,長野県,事務局,,\"長野市, 大字南長野\",,\r\n";
        List<MemberCsvReader.Line> lines = MemberCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).number()).isEqualTo(2);
        assertThat(lines.get(0).get(MemberCsvReader.KIND)).isEqualTo("自治体");
        assertThat(lines.get(0).get(MemberCsvReader.LG_CODE)).isEqualTo("264075");
        assertThat(lines.get(1).number()).isEqualTo(3);
        assertThat(lines.get(1).get(MemberCsvReader.ADDRESS)).isEqualTo("長野市, 大字南長野");
        assertThat(lines.get(1).get(MemberCsvReader.WEB_SITE)).as("optional column absent").isEmpty();
    }

    @Test
    void readsShiftJisAsExcelSavesItAndColumnsInAnyOrder() {
        String csv = "名称,種別,全国地方公共団体コード,ふりがな,都道府県,担当部署,郵便番号,住所,電話,メール,登録日\r\n"
                + "長野県町村会,団体,,ながのけんちょうそんかい,20,,,,,,2020/5/1\r\n";
        List<MemberCsvReader.Line> lines = MemberCsvReader.read(csv.getBytes(Charset.forName("windows-31j")));

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.get(MemberCsvReader.NAME)).isEqualTo("長野県町村会");
            assertThat(line.get(MemberCsvReader.JOINED_ON)).isEqualTo("2020/5/1");
        });
    }

    @Test
    void skipsBlankRowsButKeepsTheRowNumbersOfTheOthers() {
        String csv = HEADER + ",,,,,,,,,\r\n" + "団体,,Ａ協会,えーきょうかい,東京都,,,,,\r\n";
        List<MemberCsvReader.Line> lines = MemberCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).extracting(MemberCsvReader.Line::number).containsExactly(3L);
    }

    @Test
    void namesTheMissingColumns() {
        assertThatThrownBy(() -> MemberCsvReader.read("種別,名称\r\n団体,A\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(MemberCsvException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("admin.members.import.message.missingColumns");
                    assertThat((String) e.arguments()[0]).contains("全国地方公共団体コード").contains("メール")
                            .doesNotContain("名称");
                });
    }

    @Test
    void refusesAnEmptyFileAndAnOpenQuote() {
        assertThatThrownBy(() -> MemberCsvReader.read("\uFEFF \r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(MemberCsvException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.members.import.message.empty"));
        assertThatThrownBy(() -> MemberCsvReader.read((HEADER + "団体,,\"A協会,\r\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(MemberCsvException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.members.import.message.unreadable"));
    }
}
