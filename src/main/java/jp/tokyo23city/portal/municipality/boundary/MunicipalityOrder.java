package jp.tokyo23city.portal.municipality.boundary;

/** How a list of municipalities can be sorted. Ties are broken by code, so that pages never overlap. */
public enum MunicipalityOrder {

    /** 全国地方公共団体コード: prefectures north to south, then the official order within each. */
    CODE("m.lgCode"),
    /** Prefecture, then reading within it. */
    PREFECTURE("m.prefecture.code"),
    NAME("m.name"),
    /** Reading (ふりがな), the order people look names up in. */
    READING("m.kana");

    private final String path;

    MunicipalityOrder(String path) {
        this.path = path;
    }

    String orderBy(boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        String orderBy = path + direction;
        if (this == PREFECTURE) {
            orderBy += ", m.kana" + direction;
        }
        return this == CODE ? orderBy : orderBy + ", m.lgCode" + direction;
    }
}
