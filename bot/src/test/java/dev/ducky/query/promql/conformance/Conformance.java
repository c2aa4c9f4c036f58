package dev.ducky.query.promql.conformance;

import dev.ducky.query.promql.PromqlParser;
import dev.ducky.query.promql.parse.ParseError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our parser against promtool on the corpus expressions and their mutants: the verdict (valid or not) and,
 * when both reject, the message and position.
 */
public final class Conformance {
    public static final String CORPUS = "corpus (valid rules)";
    private static final long RANDOM_SEED = 42;
    private static final int RANDOM_CASES = 5000;

    private Conformance() {
    }

    /** One expression to judge, and where it came from: the corpus or a mutation. */
    public record Case(String category, String expr) {
    }

    /** A case where we and promtool differ. */
    public record Disagreement(Case c, String ours, String theirs, boolean verdictDiffers) {
        @Override
        public String toString() {
            return "[" + c.category() + "] " + c.expr().replace("\n", "\\n") + "\n    ours:     " + ours
                    + "\n    promtool: " + theirs;
        }
    }

    /** Agreement counts for one category. */
    public static final class Tally {
        public int cases;
        public int invalidPerPromtool;
        public int verdictAgreements;
        public int bothInvalid;
        public int detailAgreements;
    }

    /** The outcome of a run: tallies by category, in order, and every disagreement. */
    public record Report(Map<String, Tally> tallies, List<Disagreement> disagreements, int corpusRules,
                         long promtoolMillis, long oursMillis) {
        public Tally total() {
            Tally t = new Tally();
            tallies.values().forEach(x -> {
                t.cases += x.cases;
                t.invalidPerPromtool += x.invalidPerPromtool;
                t.verdictAgreements += x.verdictAgreements;
                t.bothInvalid += x.bothInvalid;
                t.detailAgreements += x.detailAgreements;
            });
            return t;
        }

        public List<Disagreement> verdictDisagreements() {
            return disagreements.stream().filter(Disagreement::verdictDiffers).toList();
        }
    }

    /**
     * The corpus expressions (distinct), one mutant per expression and mutation, and seeded random queries;
     * each case appears once.
     */
    public static List<Case> cases(List<String> corpus) {
        List<Case> cases = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(corpus);
        corpus.forEach(e -> cases.add(new Case(CORPUS, e)));
        for (Mutation m : Mutation.values()) {
            for (String e : corpus) {
                m.mutate(e).filter(seen::add).ifPresent(mutant -> cases.add(new Case(m.id(), mutant)));
            }
        }
        RandomQueries.cases(RANDOM_SEED, RANDOM_CASES).stream().filter(c -> seen.add(c.expr())).forEach(cases::add);
        return cases;
    }

    public static Report run(List<Case> cases, int corpusRules, Promtool promtool, Path workDir) {
        long t0 = System.nanoTime();
        List<Optional<Promtool.PromError>> theirs = promtool.check(cases.stream().map(Case::expr).toList(), workDir);
        long t1 = System.nanoTime();
        List<PromqlParser.Parsed> ours = cases.stream().map(c -> PromqlParser.parse(c.expr())).toList();
        long t2 = System.nanoTime();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Tally tally = tallies.computeIfAbsent(c.category(), k -> new Tally());
            tally.cases++;
            Optional<Promtool.PromError> their = theirs.get(i);
            ParseError our = ours.get(i).error();
            tally.invalidPerPromtool += their.isPresent() ? 1 : 0;
            String ourText = our == null ? "valid" : describe(c.expr(), our);
            String theirText = their.map(p -> p.line() + ":" + p.column() + ": " + p.message()).orElse("valid");
            if ((our == null) != their.isEmpty()) {
                disagreements.add(new Disagreement(c, ourText, theirText, true));
                continue;
            }
            tally.verdictAgreements++;
            if (our != null) {
                tally.bothInvalid++;
                if (ourText.equals(theirText)) {
                    tally.detailAgreements++;
                } else {
                    disagreements.add(new Disagreement(c, ourText, theirText, false));
                }
            }
        }
        return new Report(tallies, disagreements, corpusRules, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    /** Our error as promtool prints it: line and byte column within the expression, then the message. */
    static String describe(String expr, ParseError error) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < error.pos() && i < expr.length(); i++) {
            if (expr.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = expr.substring(lineStart, Math.min(error.pos(), expr.length()))
                .getBytes(StandardCharsets.UTF_8).length + 1;
        return line + ":" + column + ": " + error.message();
    }
}
