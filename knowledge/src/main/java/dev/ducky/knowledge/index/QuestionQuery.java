package dev.ducky.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A responder's question as a Lucene query. Built from analyzed terms, never through Lucene's query syntax, so
 * text like {@code rate(x{code=~"5.."}[5m]) > 0.1} or {@code AND OR NOT} is just words and cannot fail to parse.
 */
final class QuestionQuery {
    // Where a term matches says how much it is worth: a heading or an alert name is a strong signal of topic.
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            SectionFields.PROSE, 1.0f,
            SectionFields.CODE, 0.5f, // a pasted metric name or command finds the block that uses it
            // runbook title › … › heading: the heading and the title need no clause of their own
            SectionFields.BREADCRUMB, 2.0f,
            SectionFields.NAMES, 2.0f);
    // A term found in several fields counts mostly for its best field, so long titles do not swamp the text.
    private static final float TIE_BREAKER = 0.2f;
    // Pasted logs can be long; the first terms carry the question, and this stays far below the clause limit.
    private static final int MAX_TERMS = 64;
    private static final int MAX_CHARS = 4_000;

    private QuestionQuery() {
    }

    /** The query, or empty when the question has no searchable words (blank, only stop words or symbols). */
    static Optional<Query> of(Analyzer analyzer, String question) {
        Set<String> terms = terms(analyzer, question.length() > MAX_CHARS ? question.substring(0, MAX_CHARS)
                : question);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            FIELD_BOOSTS.forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
            query.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /** The question's distinct analyzed terms, in order, at most {@link #MAX_TERMS}. */
    static Set<String> terms(Analyzer analyzer, String question) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(SectionFields.TEXT, question)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return terms;
    }
}
