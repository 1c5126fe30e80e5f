package jp.tokyo23city.portal.municipality.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * What can be wrong with a municipality list, for the whole file or for one line. The Japanese text here is the
 * wording of record (logs, audit, tests); pages show the same text from the UI bundle under {@link #messageKey()},
 * so that they can show it in English too.
 */
public enum CsvProblem {

    // The whole file
    EMPTY_FILE("ファイルが空です。"),
    SPREADSHEET("Excel 形式のファイルは取り込めません。表計算ソフトで「CSV UTF-8（コンマ区切り）」形式で保存してから取り込んでください。"),
    NOT_TEXT("テキスト形式の CSV ファイルではありません。"),
    UNKNOWN_CHARSET("文字コードを判別できません。UTF-8 または Shift_JIS で保存してください。"),
    UNKNOWN_HEADER("1行目の見出しが、取り込める形式（localgovjp 形式・総務省形式）のどちらとも一致しません（{0}）。"),
    MISSING_COLUMN("見出しに「{0}」の列がありません。"),
    MALFORMED("CSV の形式が正しくありません（{0} 行目付近）。引用符（\"）の閉じ忘れがないか確認してください。"),

    // One line
    COLUMN_COUNT("列の数が見出しと合いません（見出しは {0} 列、この行は {1} 列）。"),
    CODE_MISSING("団体コードが空です。"),
    CODE_FORMAT("団体コード「{0}」は5桁または6桁の数字ではありません。"),
    CHECK_DIGIT("検査数字が正しくありません（{0} の6桁目は {1} のはずです）。"),
    CODE_OF_PREFECTURE("団体コード {0} は都道府県のコードです。市区町村のコードを入力してください。"),
    PREFECTURE_UNKNOWN("団体コード {0} の先頭2桁「{1}」に該当する都道府県がありません。"),
    PREFECTURE_MISMATCH("都道府県名「{0}」が、団体コード {1} の都道府県（{2}）と一致しません。"),
    NAME_MISSING("市区町村名が空です。"),
    NAME_TOO_LONG("市区町村名が長すぎます（{0} 文字以内）。"),
    KANA_MISSING("ふりがなが空です。"),
    KANA_NOT_KANA("ふりがなに仮名以外の文字「{0}」が含まれています。"),
    KANA_TOO_LONG("ふりがなが長すぎます（{0} 文字以内）。"),
    LATITUDE_INVALID("緯度「{0}」が正しくありません（北緯 {1} 度から {2} 度までの数値）。"),
    LONGITUDE_INVALID("経度「{0}」が正しくありません（東経 {1} 度から {2} 度までの数値）。"),
    POSITION_INCOMPLETE("緯度と経度は、両方とも入力するか両方とも空にしてください。"),
    WEB_SITE_INVALID("ウェブサイトの URL「{0}」が正しくありません（http:// または https:// で始まる URL）。"),
    WEB_SITE_TOO_LONG("ウェブサイトの URL が長すぎます（{0} 文字以内）。"),
    DUPLICATE_CODE("団体コード {0} は {1} 行目と重複しています。");

    private final String japanese;

    CsvProblem(String japanese) {
        this.japanese = japanese;
    }

    /** The pattern, with {@link MessageFormat} placeholders {0}, {1}…, as the UI bundle holds it in Japanese. */
    public String japanesePattern() {
        return japanese;
    }

    /** The key of this problem in the UI bundle. */
    public String messageKey() {
        return "municipality.csv.problem." + name();
    }

    /** The Japanese message with its arguments filled in. */
    public String japanese(List<String> arguments) {
        return new MessageFormat(japanese, Locale.JAPANESE).format(arguments.toArray());
    }
}
