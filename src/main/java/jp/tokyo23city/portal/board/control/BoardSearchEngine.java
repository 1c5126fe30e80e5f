package jp.tokyo23city.portal.board.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The board's Lucene index: one document per thread, searched in Japanese (see {@link BoardAnalyzers}) together with
 * the thread list's filters, with the matches highlighted. Plain Java, so it is tested without a server; the
 * application keeps one open for its lifetime.
 */
public final class BoardSearchEngine implements Closeable {

    private static final Logger LOG = Logger.getLogger(BoardSearchEngine.class.getName());
    private static final String[] HIGHLIGHTED = {"title", "body", "files"};
    /** Stored, with offsets in the postings: the highlighter then reads them instead of analysing the text again. */
    private static final org.apache.lucene.document.FieldType TEXT_WITH_OFFSETS;

    static {
        TEXT_WITH_OFFSETS = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        TEXT_WITH_OFFSETS.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private static final String CHANGE_LOG = "changeLog";
    private static final String CHANGE_LOG_AT = "changeLogAt";
    /**
     * Which fields the documents have, kept with the commits: an index of another layout is rebuilt from the database
     * when opened. 2: ended (archived) threads carry "ended", so that a search leaving them out fills its pages.
     */
    private static final String LAYOUT = "layout";
    static final String CURRENT_LAYOUT = "2";

    /** The change log's row up to which every change is in this index, and when that was recorded. */
    public record ChangeLogMark(long id, Instant at) {
    }

    private final Directory directory;
    private final Analyzer analyzer = BoardAnalyzers.perField();
    private final Analyzer words = BoardAnalyzers.words();
    private final Analyzer kana = BoardAnalyzers.kanaPairs();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean fresh;

    private BoardSearchEngine(Directory directory, boolean fresh) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.writer.commit();
        this.searchers = new SearcherManager(writer, null);
        this.fresh = fresh;
    }

    /** An index in memory (tests, benchmarks). */
    public static BoardSearchEngine inMemory() {
        try {
            return new BoardSearchEngine(new ByteBuffersDirectory(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the index in a directory. When it is missing or cannot be read (corrupt, from another Lucene version),
     * it is started empty and {@link #needsRebuild()} says so, so that the caller fills it from the database; an
     * index of an older layout is searched as it is until the caller has filled it again.
     */
    public static BoardSearchEngine open(Path path) throws IOException {
        Files.createDirectories(path);
        FSDirectory directory = FSDirectory.open(path);
        boolean exists = DirectoryReader.indexExists(directory);
        if (exists) {
            try (DirectoryReader check = DirectoryReader.open(directory)) {
                boolean current = CURRENT_LAYOUT.equals(check.getIndexCommit().getUserData().get(LAYOUT));
                if (!current) {
                    LOG.info("Board index at " + path + " has an older layout; it is filled again from the database");
                }
                return new BoardSearchEngine(directory, !current);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Board index at " + path + " cannot be read; starting it again", e);
                directory.close();
                wipe(path);
                directory = FSDirectory.open(path);
            }
        }
        return new BoardSearchEngine(directory, true);
    }

    private static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The index was missing or unreadable when opened: fill it from the database. */
    public boolean needsRebuild() {
        return fresh;
    }

    /** Adds or replaces a thread's document; seen by searches at once. */
    public void upsert(BoardDocument document) {
        try {
            writer.updateDocument(new Term("id", Long.toString(document.id())), toLucene(document));
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds many documents without committing each: for a rebuild. */
    public void addAll(Collection<BoardDocument> documents) {
        try {
            for (BoardDocument document : documents) {
                writer.updateDocument(new Term("id", Long.toString(document.id())), toLucene(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long id) {
        try {
            writer.deleteDocuments(new Term("id", Long.toString(id)));
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where this index stood in the change log at its last mark (kept with its commits, so across restarts). */
    public Optional<ChangeLogMark> changeLogMark() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        try {
            return Optional.of(new ChangeLogMark(Long.parseLong(data.get(CHANGE_LOG)),
                    Instant.ofEpochMilli(Long.parseLong(data.get(CHANGE_LOG_AT)))));
        } catch (NumberFormatException noMark) {
            return Optional.empty();
        }
    }

    /** Records, with a commit, that every change of the log up to row {@code id} is in the index. */
    public void markChangeLog(long id, Instant at) {
        writer.setLiveCommitData(Map.of(CHANGE_LOG, Long.toString(id), CHANGE_LOG_AT,
                Long.toString(at.toEpochMilli()), LAYOUT, CURRENT_LAYOUT).entrySet());
        commit();
    }

    /** How many threads the index holds. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(BoardDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(d.id()), Field.Store.YES));
        doc.add(new StringField("type", Long.toString(d.typeId()), Field.Store.NO));
        if (d.activity() != null) {
            doc.add(new StringField("activity", d.activity(), Field.Store.NO));
        }
        if (d.prefectureCode() != null) {
            doc.add(new StringField("prefecture", d.prefectureCode(), Field.Store.NO));
        }
        if (d.memberId() != null) {
            doc.add(new StringField("member", Long.toString(d.memberId()), Field.Store.NO));
        }
        if (d.allWards()) {
            doc.add(new StringField("ward", "ALL", Field.Store.NO));
        }
        for (Long ward : d.wards()) {
            doc.add(new StringField("ward", Long.toString(ward), Field.Store.NO));
        }
        if (d.status() != null) {
            doc.add(new StringField("status", d.status(), Field.Store.NO));
        }
        doc.add(new StringField("visible", d.visible() ? "1" : "0", Field.Store.NO));
        if (d.archived()) {
            doc.add(new StringField("ended", "1", Field.Store.NO));
        }
        doc.add(new LongPoint("created", d.createdMillis()));
        doc.add(new NumericDocValuesField("created", d.createdMillis()));
        doc.add(new Field("title", nullToEmpty(d.title()), TEXT_WITH_OFFSETS));
        doc.add(new Field("body", nullToEmpty(d.body()), TEXT_WITH_OFFSETS));
        doc.add(new Field("files", nullToEmpty(d.files()), TEXT_WITH_OFFSETS));
        doc.add(new TextField(BoardAnalyzers.KANA_FIELD,
                nullToEmpty(d.title()) + "\n" + nullToEmpty(d.body()) + "\n" + nullToEmpty(d.files()), Field.Store.NO));
        return doc;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Searches the visible threads of the readable types with the request's filters; highlights the title and best
     * passage of the hits asked for only.
     */
    public SearchResult search(SearchRequest request) {
        Query query = query(request);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = request.offset() + request.max();
                TopDocs all = request.newestFirst()
                        ? searcher.search(query, wanted, new Sort(new SortField("created", SortField.Type.LONG, true)))
                        : searcher.search(query, wanted);
                boolean atLeast = all.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
                if (all.scoreDocs.length <= request.offset()) {
                    return new SearchResult(List.of(), all.totalHits.value, atLeast);
                }
                TopDocs top = new TopDocs(all.totalHits,
                        Arrays.copyOfRange(all.scoreDocs, request.offset(), all.scoreDocs.length));
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                        .withMaxLength(100_000)
                        .build();
                Map<String, String[]> highlights = highlighter.highlightFields(HIGHLIGHTED, query, top,
                        new int[] {1, 2, 1});
                List<SearchHit> hits = new ArrayList<>();
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc scoreDoc = top.scoreDocs[i];
                    long id = Long.parseLong(searcher.storedFields().document(scoreDoc.doc).get("id"));
                    String title = highlights.get("title")[i];
                    String body = highlights.get("body")[i];
                    String files = highlights.get("files")[i];
                    String passage = files != null && files.contains("<mark>") && (body == null || !body.contains("<mark>"))
                            ? files : body;
                    hits.add(new SearchHit(id, scoreDoc.score, title, passage));
                }
                return new SearchResult(hits, all.totalHits.value, atLeast);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lucene query of a request: every typed word must be found, as Japanese words or as kana pairs. */
    public Query query(SearchRequest request) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean anyWord = false;
        String typed = request.words() == null ? "" : request.words();
        for (String word : typed.strip().split("[\\s\u3000]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Query clause = wordQuery(word);
            if (clause != null) {
                root.add(clause, BooleanClause.Occur.MUST);
                anyWord = true;
            }
        }
        if (!anyWord) {
            root.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        // exclusions rather than filters: a filter matching nearly every document would be read in full per search
        root.add(new TermQuery(new Term("visible", "0")), BooleanClause.Occur.MUST_NOT);
        if (!request.includeEnded()) {
            root.add(new TermQuery(new Term("ended", "1")), BooleanClause.Occur.MUST_NOT);
        }
        if (!request.excludedTypeIds().isEmpty()) {
            root.add(new TermInSetQuery("type", request.excludedTypeIds().stream()
                    .map(id -> new BytesRef(Long.toString(id))).toList()), BooleanClause.Occur.MUST_NOT);
        }
        filter(root, "type", request.typeId() == null ? null : request.typeId().toString());
        filter(root, "activity", request.activity());
        filter(root, "member", request.memberId() == null ? null : request.memberId().toString());
        filter(root, "status", request.status());
        if (request.prefectureCodes() != null && !request.prefectureCodes().isEmpty()) {
            root.add(new TermInSetQuery("prefecture", request.prefectureCodes().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (request.wardId() != null) {
            root.add(new TermInSetQuery("ward", List.of(new BytesRef("ALL"), new BytesRef(request.wardId().toString()))),
                    BooleanClause.Occur.FILTER);
        }
        if (request.fromMillis() != null || request.toMillis() != null) {
            root.add(LongPoint.newRangeQuery("created",
                    request.fromMillis() == null ? Long.MIN_VALUE : request.fromMillis(),
                    request.toMillis() == null ? Long.MAX_VALUE : request.toMillis()), BooleanClause.Occur.FILTER);
        }
        return root.build();
    }

    private static void filter(BooleanQuery.Builder root, String field, String value) {
        if (value != null && !value.isBlank()) {
            root.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * A typed word as Japanese words (Kuromoji), or also as kana pairs when it holds kana, which Kuromoji may cut
     * otherwise than the text (ぱんふれっと, パンフ). A word of kanji and Latin letters is left to Kuromoji alone: the
     * pairs would find the same posts again and double the work of a search for a frequent word (東京, 連携).
     */
    private Query wordQuery(String word) {
        List<String> wordTokens = tokens(words, "body", word);
        List<String> pairs = hasKana(word) ? tokens(kana, BoardAnalyzers.KANA_FIELD, word) : List.of();
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        boolean any = false;
        if (!wordTokens.isEmpty()) {
            BooleanQuery.Builder ja = new BooleanQuery.Builder();
            for (String token : wordTokens) {
                ja.add(new BoostQuery(new TermQuery(new Term("title", token)), 2f), BooleanClause.Occur.SHOULD);
                ja.add(new TermQuery(new Term("body", token)), BooleanClause.Occur.SHOULD);
                ja.add(new TermQuery(new Term("files", token)), BooleanClause.Occur.SHOULD);
            }
            either.add(ja.build(), BooleanClause.Occur.SHOULD);
            any = true;
        }
        if (!pairs.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String pair : pairs) {
                all.add(new TermQuery(new Term(BoardAnalyzers.KANA_FIELD, pair)), BooleanClause.Occur.MUST);
            }
            either.add(new BoostQuery(all.build(), 0.5f), BooleanClause.Occur.SHOULD);
            any = true;
        }
        return any ? either.build() : null;
    }

    private static boolean hasKana(String word) {
        return word.codePoints().anyMatch(c -> (c >= 0x3041 && c <= 0x30FF) || (c >= 0xFF66 && c <= 0xFF9F));
    }

    /** The terms an analyser makes of a text. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
