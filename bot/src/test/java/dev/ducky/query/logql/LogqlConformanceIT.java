package dev.ducky.query.logql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.logql.conformance.LezerLogql;
import dev.ducky.query.logql.conformance.LogqlMutation;
import dev.ducky.query.logql.conformance.Nl2LogqlCorpus;
import dev.ducky.support.Prerequisite;
import dev.ducky.query.logql.conformance.SyntaxConformance;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ducky's LogQL syntax verdict equals Grafana's grammar ({@code @grafana/lezer-logql}, pinned) on every query
 * of ../shared/corpora/nl2logql and on every mutant of them. Skips visibly without the corpus, Node.js or
 * the installed package; under CI each of those is a failure.
 */
class LogqlConformanceIT {
    private final LezerLogql grammar = LezerLogql.ofModule();

    @Test
    void syntaxVerdictsAgreeWithGrafanasGrammar() {
        Prerequisite.require(Files.exists(Nl2LogqlCorpus.file()), "the NL2LogQL corpus (" + Nl2LogqlCorpus.file() + ")");
        Prerequisite.require(grammar.nodeAvailable(), "Node.js (node)");
        Prerequisite.require(grammar.packageInstalled(), "@grafana/lezer-logql (run npm ci in bot/src/test/lezer)");

        List<String> corpus = Nl2LogqlCorpus.queries(Nl2LogqlCorpus.file());
        List<SyntaxConformance.Case> cases = SyntaxConformance.cases(corpus);
        SyntaxConformance.Report report = SyntaxConformance.compare(cases, grammar);

        System.out.println("LogQL syntax agreement with @grafana/lezer-logql " + report.grammarVersion() + ": "
                + report.agreed() + "/" + report.total() + "\n" + report.tallies().stream()
                .map(t -> "  " + t.source() + ": " + t.agreed() + "/" + t.total() + " (grammar-valid " + t.validByGrammar() + ")")
                .collect(Collectors.joining("\n")));
        assertEquals(grammar.pinnedVersion(), report.grammarVersion(), "the installed grammar is the pinned one");
        assertTrue(corpus.size() > 100, "the corpus was read: " + corpus.size() + " queries");
        assertEquals(LogqlMutation.values().length + 1, report.tallies().size(), "every operator made mutants");
        assertTrue(report.tallies().stream().allMatch(t -> t.source().equals(SyntaxConformance.CORPUS)
                || t.validByGrammar() < t.total()), "every operator breaks some queries: " + report.tallies());
        assertEquals(List.of(), report.disagreements().stream().map(Object::toString).toList(),
                "Ducky and the grammar disagree");
    }
}
