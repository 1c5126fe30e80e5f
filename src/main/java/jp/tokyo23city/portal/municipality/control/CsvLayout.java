package jp.tokyo23city.portal.municipality.control;

/** The public lists of municipalities an import understands, told apart by their header line. */
public enum CsvLayout {

    /**
     * Code for FUKUI's localgovjp ({@code pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode}): hiragana
     * readings, web sites and positions.
     */
    LOCALGOVJP(true),

    /**
     * 総務省's 全国地方公共団体コード list (団体コード, 都道府県名（漢字）, 市区町村名（漢字）, 都道府県名（カナ）,
     * 市区町村名（カナ）), saved from its spreadsheet as CSV: katakana readings, one row per prefecture as well.
     */
    SOUMU(false);

    private final boolean webSitesAndPositions;

    CsvLayout(boolean webSitesAndPositions) {
        this.webSitesAndPositions = webSitesAndPositions;
    }

    /**
     * Whether the list has columns for web sites and positions. When it has none, an import keeps what the master
     * holds rather than erasing it.
     */
    public boolean hasWebSitesAndPositions() {
        return webSitesAndPositions;
    }
}
