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
 * A responder's question as Lucene queries. Built from analyzed terms, never through Lucene's query syntax, so
 * text like {@code rate(x{code=~"5.."}[5m]) > 0.1} or {@code AND OR NOT} is just words and cannot fail to parse.
 *
 * <p>Two queries over the same (term, field) pairs: {@link #candidates} is a flat disjunction, which block-max WAND
 * searches fast, and {@link #scoring} counts each term mostly for its best field, which ranks sections better but
 * is slow to search a large index with. The searcher finds candidates with the first and orders them by the second.
 *
 * @param candidates every (term, field) pair as its own clause
 * @param scoring    per term, the best of its fields plus a little of the others
 */
record QuestionQuery(Query candidates, Query scoring) {
    // Where a term matches says how much it is worth: a heading or an alert name is a strong signal of topic.
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            SectionFields.PROSE, 1.0f,
            SectionFields.CODE, 0.5f, // a pasted metric name or command finds the block that uses it
            // runbook title › … › heading: the heading and the title need no clause of their own
            SectionFields.BREADCRUMB, 2.0f,
            SectionFields.NAMES, 2.0f);
    // A pasted identifier (flag, metric, column, wait event) matched whole counts about as much as a heading match
    // of a rare word: with several in a question, the section holding all of them wins.
    static final float EXACT_BOOST = 1.5f;
    // A term found in several fields counts mostly for its best field, so long titles do not swamp the text.
    private static final float TIE_BREAKER = 0.2f;
    // Pasted logs can be long; the first terms carry the question, and this stays far below the clause limit.
    private static final int MAX_TERMS = 64;
    private static final int MAX_CHARS = 4_000;

    /** The queries, or empty when the question has no searchable words (blank, only stop words or symbols). */
    static Optional<QuestionQuery> of(Analyzer analyzer, String question) {
        String clipped = question.length() > MAX_CHARS ? question.substring(0, MAX_CHARS) : question;
        Set<String> terms = terms(analyzer, clipped);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder candidates = new BooleanQuery.Builder();
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            FIELD_BOOSTS.forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
            perField.forEach(clause -> candidates.add(clause, Occur.SHOULD));
            scoring.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        }
        for (String token : ExactTokens.of(clipped).stream().limit(MAX_TERMS).toList()) {
            Query exact = new BoostQuery(new TermQuery(new Term(SectionFields.EXACT, token)), EXACT_BOOST);
            candidates.add(exact, Occur.SHOULD);
            scoring.add(exact, Occur.SHOULD);
        }
        return Optional.of(new QuestionQuery(candidates.build(), scoring.build()));
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
