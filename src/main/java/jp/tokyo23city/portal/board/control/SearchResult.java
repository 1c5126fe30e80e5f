package jp.tokyo23city.portal.board.control;

import java.util.List;

/**
 * The threads found, best first (or newest first), and how many match in all; when {@code atLeast}, at least that
 * many (a search stops counting once the best hits are certain, so that a frequent word stays fast).
 */
public record SearchResult(List<SearchHit> hits, long total, boolean atLeast) {
}
