package jp.tokyo23city.portal.board.control;

import java.util.List;

/** The threads found, best first (or newest first), and how many match in all. */
public record SearchResult(List<SearchHit> hits, long total) {
}
