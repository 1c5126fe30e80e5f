package jp.tokyo23city.portal.board.control;

/** One thread found, with its title and best passage highlighted as escaped HTML ({@code <mark>} around matches). */
public record SearchHit(long id, float score, String titleHtml, String passageHtml) {
}
