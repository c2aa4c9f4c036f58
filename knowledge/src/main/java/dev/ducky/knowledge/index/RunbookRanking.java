package dev.ducky.knowledge.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Runbooks ranked as whole files by BM25 over their {@link RunbookDocument}s: the evidence of a runbook whose
 * sections each hold only part of the answer, or whose one section with the pasted identifier is otherwise weak.
 * Fused with the section rankings by {@link RankFusion#runbookScores}.
 */
final class RunbookRanking {
    private RunbookRanking() {
    }

    /** The runbook documents that best match {@code question}, best first; empty without searchable words. */
    static List<ScoreDoc> search(IndexSearcher searcher, Analyzer analyzer, String question, int n)
            throws IOException {
        Set<String> terms = QuestionQuery.terms(analyzer, question);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(new TermQuery(new Term(RunbookDocument.TEXT, term)), Occur.SHOULD));
        ExactTokens.of(question).stream().limit(terms.size() + 16).forEach(token -> query.add(new BoostQuery(
                new TermQuery(new Term(RunbookDocument.EXACT, token)), QuestionQuery.EXACT_BOOST), Occur.SHOULD));
        return List.of(searcher.search(query.build(), n).scoreDocs);
    }

    /** One section per file of {@code files} to stand for it among the hits: its summary (see SectionFields). */
    static List<Integer> summaries(IndexSearcher searcher, Collection<String> files) throws IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SectionFields.SUMMARY, SectionFields.SUMMARY_YES)), Occur.FILTER)
                .add(new TermInSetQuery(SectionFields.FILE, files.stream().map(BytesRef::new).toList()),
                        Occur.FILTER)
                .build();
        return List.of(searcher.search(query, files.size()).scoreDocs).stream().map(hit -> hit.doc).toList();
    }
}
