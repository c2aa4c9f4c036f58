package dev.ducky.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.config.QuerySettings;
import dev.ducky.query.promql.conformance.Promtool;
import dev.ducky.query.promql.synthetic.PrometheusServer;
import dev.ducky.query.promql.synthetic.SyntheticTsdb;
import dev.ducky.query.translate.AlertQuestions;
import dev.ducky.query.translate.TranslationScore;
import dev.ducky.query.translate.Translator;
import dev.ducky.query.translate.TranslatorSetup;
import dev.ducky.query.translate.ValueAgreement;
import dev.ducky.support.Prerequisite;
import dev.ducky.support.SharedCorpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Translation quality offline, on two question sets: the share of shown queries promtool accepts (must be all),
 * the share using the reference's metrics and functions, the share answered with a question back, and the share
 * returning the same values as the reference on a synthetic TSDB served by a real Prometheus.
 */
class TranslationBenchmark {
    @Test
    void translatesAlertQuestions() throws Exception {
        Path corpora = SharedCorpora.require();
        Promtool promtool = Promtool.find().orElseThrow(() -> new IllegalStateException("promtool is not on the PATH"));
        Path prometheus = PrometheusServer.find().orElse(null);
        if (prometheus == null) {
            Prerequisite.skipOrFail("prometheus is not on the PATH (Debian: apt-get install prometheus)");
        }
        Path root = Path.of(System.getProperty("ducky.root", "..")).toAbsolutePath().normalize();
        Translator translator = TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()),
                List.of(root.resolve("knowledge/samples")), List::of, w -> { });
        TranslationScore tuned = TranslationScore.of(translator, AlertQuestions.alertSet(corpora));
        TranslationScore fresh = TranslationScore.of(translator, AlertQuestions.freshSet(corpora));
        Path work = Files.createTempDirectory("ducky-translate-bench");
        long tunedAccepted = accepted(promtool, tuned, work);
        long freshAccepted = accepted(promtool, fresh, work);
        ValueAgreement tunedValues;
        ValueAgreement freshValues;
        int families;
        int series;
        try (SyntheticTsdb tsdb = SyntheticTsdb.start(references(tuned, fresh), shownQueries(tuned, fresh),
                translator.catalog(), promtool, prometheus, work)) {
            tunedValues = ValueAgreement.of(tuned, tsdb.prometheus(), SyntheticTsdb.END);
            freshValues = ValueAgreement.of(fresh, tsdb.prometheus(), SyntheticTsdb.END);
            families = tsdb.familyCount();
            series = tsdb.seriesCount();
        }
        List<String> evaluationErrors = Stream.concat(
                tunedValues.errors().stream().map(e -> "- alert-questions, " + e),
                freshValues.errors().stream().map(e -> "- fresh-questions, " + e)).toList();
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
                | returns the same values as the reference (synthetic TSDB, real Prometheus 2.42) | %d / %d (%.2f) | %d / %d (%.2f) |
                | … and the same series (label sets equal too) | %d / %d (%.2f) | %d / %d (%.2f) |
                | shown query and reference both return nothing there (not counted as same) | %d / %d | %d / %d |
                | the reference itself returns nothing there | %d / %d | %d / %d |

                Same values, measured: every metric the references and the shown queries of both sets select gets
                synthetic series (%d families, %d series; types and labels from the catalog, else from the name's
                suffix), with the label values their matchers select plus one or two others, so that a missing
                filter shows; scrape labels such as `job` take the values the references select where they select
                any, as in the environment the alert rules were written for. Counters grow at rates that swing over
                time (the second series of each resets 150 s before the end); gauges lie in ranges that suit their
                names (0/1 flags such as `up`, 0–1 ratios, large byte sizes, unix times); histograms are cumulative
                buckets with sum and count. 3 hours every 30 s (so windows longer than 3 hours are not told apart),
                written by `promtool tsdb create-blocks-from openmetrics` and served by %s.
                The reference without its threshold (as Ducky shows alert expressions) and the shown query are
                evaluated at the last sample; they return the same values when both return something and the same
                multiset of values (relative tolerance 1e-6), labels aside, since an aggregation may keep other
                labels. A question back, an invalid query, an evaluation error or both returning nothing never
                count as same; shares are of all questions. Evaluation errors:%s

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
                fresh.clarified(), fresh.cases().size(), fresh.clarifiedShare(),
                tunedValues.sameValues(), tunedValues.cases(), tunedValues.sameValuesShare(),
                freshValues.sameValues(), freshValues.cases(), freshValues.sameValuesShare(),
                tunedValues.sameSeries(), tunedValues.cases(), tunedValues.sameSeriesShare(),
                freshValues.sameSeries(), freshValues.cases(), freshValues.sameSeriesShare(),
                tunedValues.bothEmpty(), tunedValues.cases(), freshValues.bothEmpty(), freshValues.cases(),
                tunedValues.referenceEmpty(), tunedValues.cases(), freshValues.referenceEmpty(), freshValues.cases(),
                families, series, PrometheusServer.version(prometheus),
                evaluationErrors.isEmpty() ? " none." : "\n\n" + String.join("\n", evaluationErrors),
                String.join("\n", fresh.misses()));
        BenchmarkReport.write("demonstrate", report);
        assertEquals(tuned.shownQueries().size(), tunedAccepted, "every query shown as valid must be valid for promtool");
        assertEquals(fresh.shownQueries().size(), freshAccepted, "every query shown as valid must be valid for promtool");
    }

    private static long accepted(Promtool promtool, TranslationScore score, Path work) {
        return promtool.check(score.shownQueries(), work).stream().filter(Optional::isEmpty).count();
    }

    private static List<String> references(TranslationScore... scores) {
        return Stream.of(scores).flatMap(s -> s.cases().stream().map(AlertQuestions.Case::reference)).toList();
    }

    private static List<String> shownQueries(TranslationScore... scores) {
        return Stream.of(scores).flatMap(s -> s.shownQueries().stream()).toList();
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
