package jp.tokyo23city.portal.board.entity;

/** The field of a proposal (分野): 産業, 観光, 文化, スポーツ, 防災, 環境, 教育, その他. */
public enum Activity {
    INDUSTRY, TOURISM, CULTURE, SPORTS, DISASTER_PREVENTION, ENVIRONMENT, EDUCATION, OTHER
}
