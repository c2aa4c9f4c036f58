package dev.ducky.knowledge.index;

import dev.ducky.knowledge.alerts.AlertRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Alert rules in the index and the runbook sections they link to. Links are resolved when asked, not when
 * indexed, so a runbook and a rule file can change independently and the link is always current.
 */
final class AlertLookup {
    private static final int MAX_RULES = 100;

    private AlertLookup() {
    }

    /** Lowercased runbook file names that belong to {@code alert}: its own name, and its rules' runbook_url files. */
    static Set<String> runbookStems(IndexSearcher searcher, String alert) {
        Set<String> stems = new LinkedHashSet<>(List.of(SectionFields.keyword(alert)));
        try {
            for (AlertRule rule : rules(searcher, nameQuery(alert), MAX_RULES)) {
                if (!rule.runbookFileName().isEmpty()) {
                    stems.add(SectionFields.keyword(AlertFields.stem(rule.runbookFileName())));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return stems;
    }

    static List<AlertRuleHit> byName(IndexSearcher searcher, String alert) throws IOException {
        List<AlertRuleHit> hits = new ArrayList<>();
        for (AlertRule rule : rules(searcher, nameQuery(alert), MAX_RULES)) {
            hits.add(new AlertRuleHit(rule, linkedSection(searcher, rule)));
        }
        return hits;
    }

    static List<AlertRuleHit> search(IndexSearcher searcher, Analyzer analyzer, String question, int k)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        QuestionQuery.terms(analyzer, question).forEach(term ->
                query.add(new TermQuery(new Term(AlertFields.TEXT, term)), Occur.SHOULD));
        List<AlertRuleHit> hits = new ArrayList<>();
        for (AlertRule rule : rules(searcher, query.build(), k)) {
            hits.add(new AlertRuleHit(rule, linkedSection(searcher, rule)));
        }
        return hits;
    }

    /**
     * The section a rule links to: in the runbook its runbook_url names (else one that declares the alert), the
     * section of the URL's anchor, else the one headed with the alert's name, else the runbook's first section.
     */
    static Optional<SearchHit> linkedSection(IndexSearcher searcher, AlertRule rule) throws IOException {
        StoredHits stored = new StoredHits(searcher);
        String stem = SectionFields.keyword(AlertFields.stem(rule.runbookFileName()));
        List<SearchHit> sections = stem.isEmpty() ? List.of() : sections(searcher, stored, SectionFields.STEM, stem);
        if (sections.isEmpty()) {
            sections = sections(searcher, stored, SectionFields.ALERT, SectionFields.keyword(rule.name()));
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        String file = sections.get(0).path();
        List<SearchHit> inFile = sections.stream().filter(hit -> hit.path().equals(file))
                .sorted(Comparator.comparingInt(SearchHit::startLine)).toList();
        return inFile.stream().filter(hit -> hit.anchor().equals(rule.runbookAnchor())).findFirst()
                .or(() -> inFile.stream().filter(hit -> squash(hit.section()).equals(squash(rule.name()))).findFirst())
                .or(() -> Optional.of(inFile.get(0)));
    }

    private static List<SearchHit> sections(IndexSearcher searcher, StoredHits stored, String field, String value)
            throws IOException {
        List<SearchHit> sections = new ArrayList<>();
        for (ScoreDoc doc : searcher.search(new TermQuery(new Term(field, value)), 200).scoreDocs) {
            sections.add(stored.hit(doc.doc, 0, 0));
        }
        return sections;
    }

    private static Query nameQuery(String alert) {
        return new TermQuery(new Term(AlertFields.NAME, SectionFields.keyword(alert)));
    }

    private static List<AlertRule> rules(IndexSearcher searcher, Query query, int n) throws IOException {
        List<AlertRule> rules = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            rules.add(AlertFields.rule(doc));
        }
        return rules;
    }

    private static String squash(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
