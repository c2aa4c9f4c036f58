package dev.ducky.knowledge.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for operations text, used for both indexing and questions. Identifiers are searchable whole and by
 * their parts ({@code KubePodCrashLooping} is also kube, pod, crash, looping; {@code http_requests_total} is also
 * http, requests, total); {@code 5xx}, {@code p99} and {@code OOMKilled} stay single terms; then lowercase,
 * English stop words and English stemming. KStem was picked on the golden queries: the minimal (plural-only)
 * stemmer missed "KubePodCrashLooping" (looping vs loop), Porter found the same hits with narrower margins.
 */
public final class OpsAnalyzer extends Analyzer {
    private static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE // CamelCase alert names
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL // the whole identifier stays an exact, rarer term
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
    // Not SPLIT_ON_NUMERICS: it would break 5xx into 5 + xx and p99 into p + 99.

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // The standard tokenizer keeps snake_case, 5xx and p99.9 together; the delimiter filter then splits them.
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new WordDelimiterGraphFilter(tokenizer, WORD_DELIMITER_FLAGS, null);
        stream = new FlattenGraphFilter(stream); // the index cannot store a token graph
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(tokenizer, new KStemFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
