package dev.ducky.bench;

import dev.ducky.support.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.promql.PromqlParser;
import dev.ducky.query.promql.conformance.Conformance;
import dev.ducky.query.promql.conformance.Promtool;
import dev.ducky.query.promql.conformance.RuleCorpus;
import dev.ducky.support.SharedCorpora;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement of our PromQL parser with promtool on the corpus rules and their mutants (per mutation), and
 * parse throughput of {@code ducky parse} and of the parser in-process, with promtool checking the same
 * expressions as the baseline. Run with {@code mvn -Pbench -pl bot -am verify -Dit.test=PromqlBenchmark}.
 */
class PromqlBenchmark {
    private static final int RUNS = 3;

    @TempDir
    Path work;

    @Test
    void agreementAndThroughput() throws Exception {
        Path corpora = SharedCorpora.require();
        Promtool promtool = Promtool.find().orElse(null);
        if (promtool == null) {
            Prerequisite.skipOrFail("promtool is not on the PATH");
            return;
        }
        List<RuleCorpus.RuleExpr> rules = RuleCorpus.read(corpora);
        List<Conformance.Case> cases = Conformance.cases(RuleCorpus.distinct(rules));
        Conformance.Report report = Conformance.run(cases, rules.size(), promtool, work);

        // One query per line for the CLI: multi-line expressions joined, those with comments left out.
        List<String> lines = cases.stream().map(Conformance.Case::expr).filter(e -> !e.contains("#"))
                .map(e -> e.replace('\n', ' ').replace('\r', ' ')).toList();
        Path input = Files.writeString(work.resolve("queries.txt"), String.join("\n", lines) + "\n");
        Path oneLine = Files.writeString(work.resolve("one.txt"), lines.get(0) + "\n");
        Path jar = Path.of("target/ducky.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "build the jar first: " + jar);

        double[] cli = new double[RUNS];
        double[] cliOne = new double[RUNS];
        double[] inProcess = new double[RUNS];
        double[] baseline = new double[RUNS];
        long invalidPerCli = 0;
        long invalidPerPromtool = 0;
        for (int i = 0; i < RUNS; i++) {
            cliOne[i] = time(() -> runParse(jar, oneLine));
            long t0 = System.nanoTime();
            invalidPerCli = runParse(jar, input).lines().filter(l -> l.startsWith("{\"valid\":false")).count();
            cli[i] = (System.nanoTime() - t0) / 1e6;
            inProcess[i] = time(() -> lines.forEach(new PromqlParser()::check));
            t0 = System.nanoTime();
            invalidPerPromtool = promtool.check(lines, work).stream().filter(Optional::isPresent).count();
            baseline[i] = (System.nanoTime() - t0) / 1e6;
        }
        assertEquals(invalidPerPromtool, invalidPerCli, "ducky parse and promtool reject the same number of lines");
        BenchmarkReport.write("promql", render(report, promtool.version(), lines.size(), invalidPerCli,
                Map.of("cli", cli, "cliOne", cliOne, "inProcess", inProcess, "baseline", baseline)));
    }

    private static String runParse(Path jar, Path input) {
        try {
            Process p = new ProcessBuilder("java", "-jar", jar.toString(), "parse", "--lang", "promql", "--json")
                    .redirectInput(input.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String render(Conformance.Report report, String promtoolVersion, int lines, long invalid,
                                 Map<String, double[]> ms) {
        StringBuilder md = new StringBuilder();
        md.append("## PromQL parser: agreement with promtool, and throughput\n\n");
        md.append(String.format(Locale.ROOT, "Measured %s on 2 cores with `mvn -Pbench -pl bot -am verify "
                + "-Dit.test=PromqlBenchmark` against `%s` (Debian 12's package). The same comparison runs in "
                + "`mvn verify` as `PromqlConformanceIT`, which fails the build on any difference.%n%n",
                LocalDate.now(), promtoolVersion));
        md.append(String.format(Locale.ROOT, "Expressions: every `expr` of the alerting and recording rules in "
                + "`../shared/corpora` (%d rules, %d distinct expressions); one mutant of each per mutation where it "
                + "applies; and seeded random token soups and random regexes (each case once). \"Agree\" means the "
                + "same verdict; when both reject, also the same message at the same line and column.%n%n",
                report.corpusRules(), report.tallies().get(Conformance.CORPUS).cases));
        md.append("| expressions | cases | invalid per promtool | same verdict | same message and position |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        report.tallies().forEach((category, t) -> md.append(row(category, t)));
        md.append(row("**all**", report.total()));
        double cli = BenchmarkReport.median(ms.get("cli"));
        double cliOne = BenchmarkReport.median(ms.get("cliOne"));
        double inProcess = BenchmarkReport.median(ms.get("inProcess"));
        double baseline = BenchmarkReport.median(ms.get("baseline"));
        md.append(String.format(Locale.ROOT, "%nThroughput on the same %d one-line expressions (%d invalid), "
                + "medians of %d runs. Baseline: promtool checking them as one rules file.%n%n", lines, invalid, RUNS));
        md.append("| what | time | expressions/s | ratio to baseline |\n|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| baseline: `promtool check rules` (one file, one rule each) | %.0f ms | %.0f | 1.0× |%n",
                baseline, lines / baseline * 1000));
        md.append(String.format(Locale.ROOT, "| `ducky parse --lang promql --json < queries.txt` (JVM start included) "
                + "| %.0f ms | %.0f | %.2f× |%n", cli, lines / cli * 1000, baseline / cli));
        md.append(String.format(Locale.ROOT, "| the same, minus a one-line run (start-up, table building) | %.0f ms | %.0f | %.2f× |%n",
                cli - cliOne, (lines - 1) / (cli - cliOne) * 1000, baseline / (cli - cliOne)));
        md.append(String.format(Locale.ROOT, "| `PromqlParser.check` in-process (warm JVM) | %.0f ms | %.0f | %.2f× |%n",
                inProcess, lines / inProcess * 1000, baseline / inProcess));
        return md.toString();
    }

    private static String row(String name, Conformance.Tally t) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d (%.1f%%) | %d of %d |%n", name, t.cases,
                t.invalidPerPromtool, t.verdictAgreements, 100.0 * t.verdictAgreements / t.cases, t.detailAgreements,
                t.bothInvalid);
    }
}
