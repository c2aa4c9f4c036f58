package dev.ducky.replay;

import dev.ducky.bench.BenchmarkReport;
import dev.ducky.evals.http.SlackWebApiStandIn;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTarget;
import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.run.RunListener;
import dev.ducky.evals.run.ScenarioResult;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.BundledSuite;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioLoader;
import dev.ducky.evals.score.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The bundled suite's throughput and turn latency in-process (offline) and end-to-end, its pass rate, and
 * the mutation check. Run with {@code mvn -Pbench -pl bot -am verify -Dit.test=EvalsBenchmark}; writes its
 * section of docs/BENCHMARKS.md.
 */
class EvalsBenchmark {
    private static final int RUNS = 5;

    @Test
    void suiteThroughputLatencyPassRateAndMutants() throws Exception {
        Path home = Files.createTempDirectory("ducky-evals-bench");
        List<Scenario> scenarios = ScenarioLoader.loadAll(List.of(BundledSuite.extractTo(home.resolve("suite"))));
        try (InProcessReplayTarget inProcess = new InProcessReplayTarget(home.resolve("in-process"))) {
            SuiteResult cold = run(inProcess, "in-process", scenarios);
            List<SuiteResult> warm = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                warm.add(run(inProcess, "in-process", scenarios));
            }
            SuiteResult endToEnd;
            try (SlackWebApiStandIn slack = new SlackWebApiStandIn();
                 SuiteServers servers = new SuiteServers(home, slack)) {
                servers.url(new ReplaySetup("warm-up", null, List.of()));
                run(BundledSuiteIT.endToEnd(slack, servers), "end-to-end", scenarios);
                endToEnd = run(BundledSuiteIT.endToEnd(slack, servers), "end-to-end", scenarios);
            }
            Map<Mutation, List<Violation>> mutants = MutationCheck.run(inProcess, scenarios);
            BenchmarkReport.write("evals", render(cold, warm, endToEnd, mutants));
        }
    }

    private static SuiteResult run(ReplayTarget target, String name, List<Scenario> scenarios) {
        return new SuiteRunner(target, name, Optional.empty(), RunListener.NONE).run(scenarios);
    }

    private static String render(SuiteResult cold, List<SuiteResult> warm, SuiteResult endToEnd,
                                 Map<Mutation, List<Violation>> mutants) {
        long replayed = warm.stream().mapToLong(SuiteResult::ran).sum();
        double seconds = warm.stream().mapToDouble(r -> r.took().toNanos() / 1e9).sum();
        double[] latencies = warm.stream().flatMapToDouble(r -> Arrays.stream(r.latenciesMillis()))
                .sorted().toArray();
        SuiteResult last = warm.get(warm.size() - 1);
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, """
                ## Evals: replaying the bundled suite

                Measured %s on 2 cores with `mvn -Pbench -pl bot -am verify -Dit.test=EvalsBenchmark`
                (`EvalsBenchmark`): the bundled suite (%d scenarios, %d replayed, %d skipped for features Ducky does
                not have yet), offline; the `model` scenario talks to a scripted model over local HTTP. In-process:
                %d warm runs after a cold one, through the front door on an in-memory H2. End-to-end: Ducky's HTTP
                server (one worker), signed Slack requests, the evals' own Web API stand-in, one warm run; each turn
                there includes the ordering probe (one more request and reply). Target: ≥ 20 scenarios/s in-process;
                the same runs' scenarios that need neither the support flow nor a model are the baseline.

                | what | in-process (warm) | in-process (cold, incl. start) | end-to-end (warm) |
                |---|---|---|---|
                | scenarios/s | %.1f | %.1f | %.1f |
                | scenarios/s counting scenario time only: all / without support and model (baseline) | %.1f / %.1f | | |
                | turn latency p50 / p95 | %.0f / %.0f ms | %.0f / %.0f ms | %.0f / %.0f ms |

                | suite | result |
                |---|---|
                | scenarios passed (of replayed) | %d of %d (%.0f%%) |
                | expectations passed / failed / not judged (no judge model) | %d / %d / %d |
                | rules broken (known, quarantined) | %d (%d) |
                | mutation check: mutants caught / total | %d / %d |

                """, LocalDate.now(), last.scenarios().size(), last.ran(),
                last.scenarios().size() - last.ran(), RUNS, replayed / seconds, perSecond(cold), perSecond(endToEnd),
                byScenarioTime(warm, s -> true), byScenarioTime(warm, EvalsBenchmark::plain),
                BenchmarkReport.percentile(latencies, 50), BenchmarkReport.percentile(latencies, 95),
                cold.latencyPercentile(50), cold.latencyPercentile(95), endToEnd.latencyPercentile(50),
                endToEnd.latencyPercentile(95), last.count(ScenarioResult.Status.PASSED),
                last.ran(), 100 * last.passRate(), last.expectations(Outcome.PASS), last.expectations(Outcome.FAIL),
                last.expectations(Outcome.NOT_JUDGED), last.violations().size(),
                last.scenarios().stream().mapToLong(s -> s.knownViolations().size()).sum(),
                MutationCheck.caught(mutants), mutants.size()));
        md.append("| mutant | caught by | violations reported |\n|---|---|---|\n");
        mutants.forEach((mutant, found) -> md.append("| ").append(mutant).append(" | ").append(mutant.caughtBy())
                .append(" | ").append(found.size()).append(" |\n"));
        return md.toString();
    }

    /** Scenarios/s over the warm runs' replayed scenarios that match, counting only the scenarios' own time. */
    private static double byScenarioTime(List<SuiteResult> warm, Predicate<Scenario> which) {
        List<ScenarioResult> chosen = warm.stream().flatMap(r -> r.scenarios().stream())
                .filter(s -> s.status() != ScenarioResult.Status.SKIPPED && which.test(s.scenario())).toList();
        return chosen.size() / chosen.stream().mapToDouble(s -> s.took().toNanos() / 1e9).sum();
    }

    /** A scenario that needs neither the support flow nor a model: what the suite replayed before both existed. */
    private static boolean plain(Scenario scenario) {
        return !scenario.needs().contains(Feature.SUPPORT) && !scenario.needs().contains(Feature.MODEL);
    }

    private static double perSecond(SuiteResult result) {
        return result.ran() / (result.took().toNanos() / 1e9);
    }
}
