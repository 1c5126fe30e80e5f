package jp.tokyo23city.portal.board.control;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers of the board's index. Words: Kuromoji in search mode (東京都 → 東京 + 都, 連携事業 → 連携 + 事業),
 * with full-width/half-width folded before the text is cut into words (ﾊﾟﾝﾌﾚｯﾄ = パンフレット, ＰＤＦ = pdf).
 * Kana: hiragana folded to katakana and cut into overlapping pairs of characters, so ぱんふれっと finds パンフレット
 * and a word Kuromoji cuts differently is still found.
 */
public final class BoardAnalyzers {

    /** Fields analysed as kana pairs. */
    public static final String KANA_FIELD = "kana";

    private static final NormalizeCharMap HIRAGANA_TO_KATAKANA;

    static {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (char c = '\u3041'; c <= '\u3096'; c++) {
            builder.add(String.valueOf(c), String.valueOf((char) (c + 0x60)));
        }
        HIRAGANA_TO_KATAKANA = builder.build();
    }

    private BoardAnalyzers() {
    }

    /** Japanese words, widths folded. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
                stream = new CJKWidthFilter(stream);
                stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
                stream = new JapaneseKatakanaStemFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new CJKWidthFilter(in));
            }
        };
    }

    /** Overlapping pairs of characters, hiragana as katakana, widths folded. */
    public static Analyzer kanaPairs() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(HIRAGANA_TO_KATAKANA, new CJKWidthCharFilter(reader));
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The index's analyser: kana pairs for {@link #KANA_FIELD}, words for every other text field. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(words(), Map.of(KANA_FIELD, kanaPairs()));
    }
}
