package jp.tokyo23city.portal.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardSearchEngineTest {

    private final BoardSearchEngine engine = BoardSearchEngine.inMemory();

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    @Test
    void theChangeLogMarkIsKeptWithTheIndexAcrossARestart(@TempDir Path directory) throws Exception {
        Instant markedAt = Instant.parse("2026-11-30T01:00:00Z");
        try (BoardSearchEngine onDisk = BoardSearchEngine.open(directory)) {
            assertThat(onDisk.changeLogMark()).isEmpty();
            onDisk.markChangeLog(42, markedAt);
            onDisk.upsert(doc(1, "東京の観光案内", "東京で物産展を開きます。")); // a later commit keeps the mark
        }
        try (BoardSearchEngine reopened = BoardSearchEngine.open(directory)) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.changeLogMark()).contains(new BoardSearchEngine.ChangeLogMark(42, markedAt));
            assertThat(reopened.size()).isEqualTo(1);
        }
    }

    @Test
    void kuromojiCutsCompoundsSoThatTheirPartsAreFound() {
        assertThat(BoardSearchEngine.tokens(BoardAnalyzers.words(), "body", "東京都")).contains("東京");
        assertThat(BoardSearchEngine.tokens(BoardAnalyzers.words(), "body", "連携事業")).contains("連携", "事業");
    }

    @Test
    void halfWidthAndFullWidthAreTheSameWord() {
        assertThat(BoardSearchEngine.tokens(BoardAnalyzers.words(), "body", "ﾊﾟﾝﾌﾚｯﾄ"))
                .isEqualTo(BoardSearchEngine.tokens(BoardAnalyzers.words(), "body", "パンフレット"));
        assertThat(BoardSearchEngine.tokens(BoardAnalyzers.words(), "body", "ＰＤＦ")).containsExactly("pdf");
    }

    @Test
    void searchingTokyoToFindsAPostAboutTokyo() {
        engine.upsert(doc(1, "東京の観光案内", "東京で物産展を開きます。"));
        engine.upsert(doc(2, "大阪の話", "大阪で物産展を開きます。"));
        assertThat(ids("東京都")).containsExactly(1L);
        assertThat(ids("東京")).containsExactly(1L);
    }

    @Test
    void searchingRenkeiFindsRenkeiJigyo() {
        engine.upsert(doc(1, "お知らせ", "新しい連携事業を始めます。"));
        engine.upsert(doc(2, "お知らせ", "新しい事業を始めます。"));
        assertThat(ids("連携")).containsExactly(1L);
    }

    @Test
    void widthAndKanaVariantsFindTheSamePost() {
        engine.upsert(doc(1, "パンフレット配布のお願い", "観光パンフレットを配ってください。"));
        assertThat(ids("ﾊﾟﾝﾌﾚｯﾄ")).containsExactly(1L);
        assertThat(ids("ぱんふれっと")).containsExactly(1L);
        assertThat(ids("パンフ")).containsExactly(1L);
    }

    @Test
    void textOfAttachmentsIsFoundAndHighlighted() {
        engine.upsert(new BoardDocument(7, 1, "依頼", "本文です。", "leaflet.pdf 京丹波町の黒豆フェアのご案内", null, "26",
                5L, false, Set.of(11L), null, 1000, true, false));
        SearchResult result = engine.search(request("黒豆", null));
        assertThat(result.hits()).hasSize(1);
        assertThat(result.hits().get(0).passageHtml()).contains("<mark>黒豆</mark>");
    }

    @Test
    void highlightsEscapeMarkup() {
        engine.upsert(doc(3, "<script>連携</script>", "連携 <b>太字</b>"));
        SearchHit hit = engine.search(request("連携", null)).hits().get(0);
        assertThat(hit.titleHtml()).contains("&lt;script&gt;<mark>連携</mark>").doesNotContain("<script>");
        assertThat(hit.passageHtml()).doesNotContain("<b>");
    }

    @Test
    void filtersCombineWithWords() {
        engine.upsert(new BoardDocument(1, 1, "連携", "", "", "TOURISM", "26", 5L, false, Set.of(11L), "RECEIVED", 1000,
                true, false));
        engine.upsert(new BoardDocument(2, 2, "連携", "", "", null, "01", 6L, true, Set.of(), null, 2000, true, false));
        engine.upsert(new BoardDocument(3, 1, "連携", "", "", null, "01", 6L, true, Set.of(), null, 3000, false, false));
        assertThat(ids("連携")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(engine.search(request("連携", 1L)).hits()).extracting(SearchHit::id).containsExactly(1L);
        SearchRequest ward = new SearchRequest("連携", Set.of(), null, null, null, null, 12L, null, null, null,
                true, 0, 10);
        assertThat(engine.search(ward).hits()).extracting(SearchHit::id).containsExactly(2L);
        SearchRequest prefecture = new SearchRequest("連携", Set.of(), null, "TOURISM", Set.of("26"), 5L, 11L,
                "RECEIVED", 500L, 1500L, false, 0, 10);
        assertThat(engine.search(prefecture).hits()).extracting(SearchHit::id).containsExactly(1L);
        SearchRequest onlyType2 = new SearchRequest("連携", Set.of(1L), null, null, null, null, null, null, null, null,
                false, 0, 10);
        assertThat(engine.search(onlyType2).hits()).extracting(SearchHit::id).containsExactly(2L);
    }

    @Test
    void pagesOfHitsFollowEachOtherAndTheCountStopsEarlyForAFrequentWord() {
        List<BoardDocument> many = new java.util.ArrayList<>();
        for (long id = 1; id <= 1500; id++) {
            many.add(doc(id, "連携のお知らせ" + id, "連携事業"));
        }
        engine.addAll(many);
        engine.commit();
        SearchRequest first = new SearchRequest("連携", Set.of(), null, null, null, null, null, null, null, null, true, 0,
                20);
        SearchRequest second = new SearchRequest("連携", Set.of(), null, null, null, null, null, null, null, null, true,
                20, 20);
        SearchResult page1 = engine.search(first);
        SearchResult page2 = engine.search(second);
        assertThat(page1.hits()).extracting(SearchHit::id).startsWith(1500L, 1499L).hasSize(20);
        assertThat(page2.hits()).extracting(SearchHit::id).startsWith(1480L).hasSize(20);
        assertThat(page2.hits().get(0).titleHtml()).contains("<mark>連携</mark>");
        assertThat(page1.atLeast()).isTrue();
        assertThat(page1.total()).isGreaterThanOrEqualTo(1000).isLessThanOrEqualTo(1500);
        assertThat(engine.search(request("東京", null)).atLeast()).isFalse();
    }

    @Test
    void endedThreadsAreLeftOutUnlessAskedForSoThatAPageIsFull() {
        for (long id = 1; id <= 30; id++) {
            boolean ended = id % 2 == 0;
            engine.upsert(new BoardDocument(id, 1, "連携のお知らせ", "連携事業", "", null, "26", 5L, true, Set.of(), null,
                    id * 1000, true, ended));
        }
        SearchRequest current = new SearchRequest("連携", Set.of(), null, null, null, null, null, null, null, null,
                false, true, 0, 10);
        assertThat(engine.search(current).hits()).extracting(SearchHit::id)
                .containsExactly(29L, 27L, 25L, 23L, 21L, 19L, 17L, 15L, 13L, 11L);
        assertThat(engine.search(current).total()).isEqualTo(15);
        assertThat(engine.search(request("連携", null)).total()).isEqualTo(30);
    }

    @Test
    void anIndexOfAnOlderLayoutIsFilledAgain(@TempDir Path directory) throws Exception {
        try (org.apache.lucene.index.IndexWriter older = new org.apache.lucene.index.IndexWriter(
                org.apache.lucene.store.FSDirectory.open(directory),
                new org.apache.lucene.index.IndexWriterConfig())) {
            older.setLiveCommitData(java.util.Map.of("changeLog", "7", "changeLogAt", "0").entrySet());
            older.commit();
        }
        try (BoardSearchEngine reopened = BoardSearchEngine.open(directory)) {
            assertThat(reopened.needsRebuild()).isTrue();
            reopened.markChangeLog(8, Instant.now()); // as a rebuild ends
        }
        try (BoardSearchEngine rebuilt = BoardSearchEngine.open(directory)) {
            assertThat(rebuilt.needsRebuild()).isFalse();
        }
    }

    @Test
    void removedThreadsAreNotFound() {
        engine.upsert(doc(1, "連携", "本文"));
        engine.remove(1);
        assertThat(ids("連携")).isEmpty();
    }

    private List<Long> ids(String words) {
        return engine.search(request(words, null)).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchRequest request(String words, Long typeId) {
        return new SearchRequest(words, Set.of(), typeId, null, null, null, null, null, null, null, false, 0, 20);
    }

    private static BoardDocument doc(long id, String title, String body) {
        return new BoardDocument(id, 1, title, body, "", null, "26", 5L, true, Set.of(), null, id * 1000, true, false);
    }
}
