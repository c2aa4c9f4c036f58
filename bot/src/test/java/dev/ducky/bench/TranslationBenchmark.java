package dev.ducky.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.config.QuerySettings;
import dev.ducky.query.promql.conformance.Promtool;
import dev.ducky.query.translate.AlertQuestions;
import dev.ducky.query.translate.TranslationScore;
import dev.ducky.query.translate.Translator;
import dev.ducky.query.translate.TranslatorSetup;
import dev.ducky.support.SharedCorpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Translation quality offline, on two question sets: the share of shown queries promtool accepts (must be all),
 * the share using the reference's metrics and functions, the share answered with a question back.
 */
class TranslationBenchmark {
    @Test
    void translatesAlertQuestions() throws Exception {
        Path corpora = SharedCorpora.require();
        Promtool promtool = Promtool.find().orElseThrow(() -> new IllegalStateException("promtool is not on the PATH"));
        Path root = Path.of(System.getProperty("ducky.root", "..")).toAbsolutePath().normalize();
        Translator translator = TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()),
                List.of(root.resolve("knowledge/samples")), List::of, w -> { });
        TranslationScore tuned = TranslationScore.of(translator, AlertQuestions.alertSet(corpora));
        TranslationScore fresh = TranslationScore.of(translator, AlertQuestions.freshSet(corpora));
        Path work = Files.createTempDirectory("ducky-translate-bench");
        long tunedAccepted = accepted(promtool, tuned, work);
        long freshAccepted = accepted(promtool, fresh, work);
        String report = String.format(Locale.ROOT, """
                ## Demonstrate: questions to PromQL, offline

                Measured %s with `mvn -Pbench -pl bot -am verify` (`TranslationBenchmark`); validity judged by %s.
                Knowledge: the bundled metric catalog and the bundled sample runbooks (which hold none of these alerts);
                no model. A question "uses the reference" when its query uses every metric and every function or
                aggregation of the alert's own expression (as our parser lists them); a clarifying question never does.

                - `alert-questions.tsv`: %d questions, one per alert of five awesome-prometheus-alerts rule files
                  (node-exporter, kube-state-metrics, cAdvisor, etcd, Prometheus self-monitoring), committed before
                  the translator existed. Its first, untuned run scored 0.47 (57 / 122); the recipes, cues and
                  catalog help texts were then improved by reading its misses, so its figure below is optimistic.
                - `fresh-questions.tsv`: %d questions, one per alert of four kube-prometheus rule files, written after
                  that first run and before any tuning, and never tuned on: the honest figure.

                | measure | alert-questions (tuned on) | fresh-questions (never tuned on) |
                |---|---|---|
                | shown as valid and accepted by promtool | %d / %d (%s) | %d / %d (%s) |
                | uses all the reference's metrics and functions (target ≥ 0.70) | %d / %d (%.2f) | %d / %d (%.2f) |
                | uses all the reference's metrics (functions aside) | %d / %d (%.2f) | %d / %d (%.2f) |
                | answered with a clarifying question | %d / %d (%.2f) | %d / %d (%.2f) |

                The target (≥ 0.70 offline) is missed on both sets, on the fresh set by far.
                Reading the fresh misses (after the run, changing nothing): most are references that add what a
                question does not say — `max_over_time` around gauges, `and`/`unless` guards, `job=` selectors in
                functions, recording rules (`apiserver_request:burnrate1h`) — or metrics the bundled catalog does not
                list (PodDisruptionBudgets, kubelet server certificates, remote-write shards, service-discovery
                failures, `kubernetes_build_info`); about a quarter are questions back. A few are wrong guesses that
                should have been questions back: a component named only by a word of a harvested metric
                (`nginx_ingress_controller_requests` for "controller manager"), a histogram picked for its component
                alone (kubelet PLEG for "kubelet server certificates"), "sent" read as network transmit for
                remote-write failures. What would get further: a catalog built from the team's own Prometheus
                metadata (`DUCKY_PROMETHEUS_URL`), their alert rules in the runbook folder as worked examples
                (which the benchmark deliberately withholds), a rule that a metric must match a word beyond its
                component before it is used, and the model path (few-shot from catalog and examples, repaired by
                the parser) that this build does not have.

                Misses on the fresh set (the reference is the alert's expression):

                | alert | question | Ducky |
                |---|---|---|
                %s
                """, LocalDate.now(), promtool.version(), tuned.cases().size(), fresh.cases().size(),
                tunedAccepted, tuned.shownQueries().size(), percent(tunedAccepted, tuned.shownQueries().size()),
                freshAccepted, fresh.shownQueries().size(), percent(freshAccepted, fresh.shownQueries().size()),
                tuned.uses(), tuned.cases().size(), tuned.usesShare(), fresh.uses(), fresh.cases().size(), fresh.usesShare(),
                tuned.usesMetrics(), tuned.cases().size(), (double) tuned.usesMetrics() / tuned.cases().size(),
                fresh.usesMetrics(), fresh.cases().size(), (double) fresh.usesMetrics() / fresh.cases().size(),
                tuned.clarified(), tuned.cases().size(), tuned.clarifiedShare(),
                fresh.clarified(), fresh.cases().size(), fresh.clarifiedShare(), String.join("\n", fresh.misses()));
        BenchmarkReport.write("demonstrate", report);
        assertEquals(tuned.shownQueries().size(), tunedAccepted, "every query shown as valid must be valid for promtool");
        assertEquals(fresh.shownQueries().size(), freshAccepted, "every query shown as valid must be valid for promtool");
    }

    private static long accepted(Promtool promtool, TranslationScore score, Path work) {
        return promtool.check(score.shownQueries(), work).stream().filter(Optional::isEmpty).count();
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
