package dev.ducky.query.logql.conformance;

import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.logql.LogqlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares Ducky's LogQL syntax verdicts with Grafana's grammar on the corpus queries and on their mutants,
 * one Node.js process for the whole batch. Only syntax is compared: Loki's further checks are tested apart.
 */
public final class SyntaxConformance {
    public static final String CORPUS = "corpus";

    private SyntaxConformance() {
    }

    /** A query to judge, and where it came from: the corpus, or the mutation operator that made it. */
    public record Case(String source, String query) {
    }

    /** Counts for one source: how many queries, how many verdicts agreed, how many the grammar accepts. */
    public record Tally(String source, int total, int agreed, int validByGrammar) {
    }

    public record Disagreement(Case input, boolean grammarValid, ParseResult ducky) {
        @Override
        public String toString() {
            return input.source() + ": grammar says " + (grammarValid ? "valid" : "invalid") + ", Ducky says "
                    + (ducky.valid() ? "valid" : "invalid at " + ducky.position() + " (" + ducky.error() + ")")
                    + "\n    " + input.query().replace("\n", "\n    ");
        }
    }

    public record Report(String grammarVersion, List<Tally> tallies, List<Disagreement> disagreements,
                         int recoveredByGrammar) {
        public int total() {
            return tallies.stream().mapToInt(Tally::total).sum();
        }

        public int agreed() {
            return tallies.stream().mapToInt(Tally::agreed).sum();
        }
    }

    /** The corpus queries, then every operator's mutant of each (each distinct query once). */
    public static List<Case> cases(List<String> corpus) {
        Set<String> seen = new LinkedHashSet<>(corpus);
        List<Case> cases = new ArrayList<>();
        corpus.forEach(query -> cases.add(new Case(CORPUS, query)));
        for (LogqlMutation mutation : LogqlMutation.values()) {
            for (String query : corpus) {
                mutation.apply(query).filter(seen::add).ifPresent(mutant -> cases.add(new Case(mutation.label(), mutant)));
            }
        }
        return cases;
    }

    public static Report compare(List<Case> cases, LezerLogql grammar) {
        LezerLogql.Verdicts verdicts = grammar.run(cases.stream().map(Case::query).toList(), 0);
        LogqlParser ducky = new LogqlParser();
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case input = cases.get(i);
            boolean grammarValid = verdicts.valid().get(i);
            ParseResult mine = ducky.checkSyntax(input.query());
            int[] count = counts.computeIfAbsent(input.source(), s -> new int[3]);
            count[0]++;
            count[2] += grammarValid ? 1 : 0;
            if (mine.valid() == grammarValid) {
                count[1]++;
            } else {
                disagreements.add(new Disagreement(input, grammarValid, mine));
            }
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((source, count) -> tallies.add(new Tally(source, count[0], count[1], count[2])));
        return new Report(verdicts.version(), tallies, disagreements, verdicts.recovered());
    }
}
