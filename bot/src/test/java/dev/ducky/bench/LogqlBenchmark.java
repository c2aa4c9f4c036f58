package dev.ducky.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.logql.LogqlParser;
import dev.ducky.query.logql.conformance.LezerLogql;
import dev.ducky.query.logql.conformance.Nl2LogqlCorpus;
import dev.ducky.query.logql.conformance.SyntaxConformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * LogQL: syntax agreement with Grafana's grammar (overall and per mutation operator) on the NL2LogQL corpus
 * and its mutants, and parse throughput on the same queries against the grammar's own in Node.js, measured
 * in the same run. Run with {@code mvn -B -Pbench -pl bot -am verify -Dit.test=LogqlBenchmark}.
 */
class LogqlBenchmark {
    /** Rounds of the grammar and Ducky's two checks, interleaved; the median of each is reported. */
    private static final int ROUNDS = 7;
    /** Passes over the input per round (the grammar's after one untimed pass in its Node.js process). */
    private static final int PASSES = 4;
    private static final int CLI_COPIES = 10;

    @Test
    void agreementAndThroughput() throws Exception {
        LezerLogql grammar = LezerLogql.ofModule();
        assertTrue(Files.exists(Nl2LogqlCorpus.file()), "the NL2LogQL corpus at " + Nl2LogqlCorpus.file());
        assertTrue(grammar.nodeAvailable() && grammar.packageInstalled(), "node and npm ci in src/test/lezer");
        List<String> corpus = Nl2LogqlCorpus.queries(Nl2LogqlCorpus.file());
        List<SyntaxConformance.Case> cases = SyntaxConformance.cases(corpus);
        SyntaxConformance.Report report = SyntaxConformance.compare(cases, grammar);
        List<String> queries = cases.stream().map(SyntaxConformance.Case::query).toList();

        LogqlParser parser = new LogqlParser();
        List<Function<String, ParseResult>> parsers = List.of(parser::checkSyntax, parser::check);
        parsers.forEach(parse -> nanosPerQuery(queries, parse)); // warm-up
        double[][] rounds = new double[parsers.size() + 1][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) { // interleaved, so that load on the machine hits all alike
            rounds[0][round] = grammar.run(queries, PASSES).nanosPerQuery();
            for (int p = 0; p < parsers.size(); p++) {
                rounds[p + 1][round] = nanosPerQuery(queries, parsers.get(p));
            }
        }
        double lezerNanos = BenchmarkReport.median(rounds[0]);
        double syntaxNanos = BenchmarkReport.median(rounds[1]);
        double checkNanos = BenchmarkReport.median(rounds[2]);
        double cliLinesPerSecond = cliLinesPerSecond(queries);
        assertTrue(report.disagreements().isEmpty(), "agreement: " + report.disagreements());

        BenchmarkReport.write("logql", render(report, corpus.size(), lezerNanos, syntaxNanos, checkNanos,
                cliLinesPerSecond, queries.size()));
    }

    /** Mean time per query over {@link #PASSES} passes. */
    private static double nanosPerQuery(List<String> queries, Function<String, ParseResult> parse) {
        int valid = 0;
        long start = System.nanoTime();
        for (int pass = 0; pass < PASSES; pass++) {
            for (String query : queries) {
                valid += parse.apply(query).valid() ? 1 : 0;
            }
        }
        double nanos = (System.nanoTime() - start) / (double) (PASSES * queries.size());
        assertTrue(valid > 0, "some queries are valid");
        return nanos;
    }

    /** {@code ducky parse --lang logql} on the queries (one per line, copied to make a long stream), JVM start included. */
    private static double cliLinesPerSecond(List<String> queries) throws IOException, InterruptedException {
        Path jar = Path.of("target/ducky.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "build the jar first: " + jar);
        List<String> lines = new ArrayList<>();
        for (int copy = 0; copy < CLI_COPIES; copy++) {
            queries.forEach(q -> lines.add(q.replace('\n', ' ')));
        }
        Path input = Files.createTempFile("logql-queries", ".txt");
        Files.write(input, lines);
        long start = System.nanoTime();
        Process cli = new ProcessBuilder("java", "-jar", jar.toString(), "parse", "--lang", "logql")
                .redirectInput(input.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = cli.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(input);
        assertEquals(1, exit, "some mutants are invalid, so parse exits 1");
        return lines.size() / seconds;
    }

    private static String render(SyntaxConformance.Report report, int corpusSize, double lezerNanos,
                                 double syntaxNanos, double checkNanos, double cliLinesPerSecond, int queries) {
        StringBuilder md = new StringBuilder();
        md.append("## LogQL parser: agreement with Grafana's grammar, throughput\n\n")
                .append("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores with `mvn -B -Pbench -pl bot -am verify -Dit.test=LogqlBenchmark`. Input: the ")
                .append(corpusSize).append(" distinct queries of `../shared/corpora/nl2logql` and ")
                .append(queries - corpusSize).append(" mutants of them (").append(report.tallies().size() - 1)
                .append(" named operators, each applied once per query; a mutant already seen is not repeated).\n\n")
                .append("### Syntax agreement with `@grafana/lezer-logql` ").append(report.grammarVersion()).append("\n\n")
                .append("\"Valid\" for the grammar: a tree with no error node whose root is one expression (")
                .append(report.recoveredByGrammar()).append(" trees here had no error node but had lost tokens in "
                        + "lezer's end-of-input recovery, and count as invalid). Only syntax is compared; "
                        + "Loki's further checks are tested on a hand-labelled set.\n\n")
                .append("| source | queries | same verdict | valid for the grammar |\n|---|---|---|---|\n");
        for (SyntaxConformance.Tally tally : report.tallies()) {
            md.append("| ").append(tally.source()).append(" | ").append(tally.total()).append(" | ")
                    .append(tally.agreed()).append(" | ").append(tally.validByGrammar()).append(" |\n");
        }
        md.append("| **all** | ").append(report.total()).append(" | ").append(report.agreed()).append(" (")
                .append(percent(report.agreed(), report.total())).append(") | |\n\n")
                .append("### Throughput on the same ").append(queries).append(" queries\n\n")
                .append("Baseline: the grammar itself in Node.js, measured in the same run. Median of ").append(ROUNDS)
                .append(" rounds, each timing ").append(PASSES).append(" passes of the grammar (after an untimed one) "
                        + "and of each of Ducky's checks (after a warm-up), interleaved so that load on the machine "
                        + "hits all three alike.\n\n")
                .append("| parser | µs per query | queries per second | time relative to baseline |\n|---|---|---|---|\n")
                .append(row("baseline: `@grafana/lezer-logql` (Node.js, syntax only)", lezerNanos, lezerNanos))
                .append(row("Ducky, syntax only (`checkSyntax`)", syntaxNanos, lezerNanos))
                .append(row("Ducky, syntax and Loki's checks (`check`)", checkNanos, lezerNanos))
                .append("| `ducky parse --lang logql`, ").append(queries * CLI_COPIES)
                .append(" lines on stdin, JVM start included | | ").append(String.format(Locale.ROOT, "%,.0f", cliLinesPerSecond))
                .append(" lines/s | |\n");
        return md.toString();
    }

    private static String row(String what, double nanos, double baselineNanos) {
        return String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %.2f× |%n", what, nanos / 1000, 1e9 / nanos,
                nanos / baselineNanos);
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
