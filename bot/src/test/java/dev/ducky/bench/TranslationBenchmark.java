package dev.ducky.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.config.ModelSettings;
import dev.ducky.config.QuerySettings;
import dev.ducky.language.ModelQueryWriter;
import dev.ducky.query.promql.conformance.Promtool;
import dev.ducky.query.promql.synthetic.PrometheusServer;
import dev.ducky.query.promql.synthetic.SyntheticTsdb;
import dev.ducky.query.setup.TranslatorSetup;
import dev.ducky.query.translate.AlertQuestions;
import dev.ducky.query.translate.QueryWriter;
import dev.ducky.query.translate.TranslationScore;
import dev.ducky.query.translate.Translator;
import dev.ducky.query.translate.ValueAgreement;
import dev.ducky.support.Prerequisite;
import dev.ducky.support.SharedCorpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Translation quality on two question sets, offline and (when DUCKY_LLM_* names one) with a model: the share of shown queries promtool accepts (must be all),
 * the share using the reference's metrics and functions, the share answered with a question back, and the share
 * returning the same values as the reference on a synthetic TSDB served by a real Prometheus.
 */
class TranslationBenchmark {
    /** One translator's scores on both sets, and what promtool and Prometheus made of its queries. */
    private record Run(String name, TranslationScore tuned, TranslationScore fresh, long tunedAccepted,
                       long freshAccepted) {
        static Run of(String name, Translator translator, Path corpora, Promtool promtool, Path work) {
            TranslationScore tuned = TranslationScore.of(translator, AlertQuestions.alertSet(corpora));
            TranslationScore fresh = TranslationScore.of(translator, AlertQuestions.freshSet(corpora));
            return new Run(name, tuned, fresh, accepted(promtool, tuned, work), accepted(promtool, fresh, work));
        }
    }

    @Test
    void translatesAlertQuestions() throws Exception {
        Path corpora = SharedCorpora.require();
        Promtool promtool = Promtool.find().orElseThrow(() -> new IllegalStateException("promtool is not on the PATH"));
        Path prometheus = PrometheusServer.find().orElse(null);
        if (prometheus == null) {
            Prerequisite.skipOrFail("prometheus is not on the PATH (Debian: apt-get install prometheus)");
        }
        Path root = Path.of(System.getProperty("ducky.root", "..")).toAbsolutePath().normalize();
        List<Path> samples = List.of(root.resolve("knowledge/samples"));
        Path work = Files.createTempDirectory("ducky-translate-bench");
        List<Run> runs = new ArrayList<>();
        Translator offlineTranslator = TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()), samples, List::of,
                w -> { });
        runs.add(Run.of("offline", offlineTranslator, corpora, promtool, work));
        ModelSettings model = ModelSettings.fromEnvironment(System.getenv());
        Optional<QueryWriter> writer = ModelQueryWriter.fromSettings(model);
        if (writer.isPresent()) {
            runs.add(Run.of("with " + model.chosen().name().toLowerCase(Locale.ROOT) + " model `" + model.model() + "`",
                    TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()), samples, List::of, writer, w -> { }),
                    corpora, promtool, work));
        }
        StringBuilder tables = new StringBuilder();
        List<String> evaluationErrors = new ArrayList<>();
        int families;
        int series;
        try (SyntheticTsdb tsdb = SyntheticTsdb.start(references(runs.get(0)), shownQueries(runs),
                offlineTranslator.catalog(), promtool, prometheus, work)) {
            for (Run run : runs) {
                ValueAgreement tunedValues = ValueAgreement.of(run.tuned(), tsdb.prometheus(), SyntheticTsdb.END);
                ValueAgreement freshValues = ValueAgreement.of(run.fresh(), tsdb.prometheus(), SyntheticTsdb.END);
                tables.append(table(run, tunedValues, freshValues));
                tunedValues.errors().forEach(e -> evaluationErrors.add("- " + run.name() + ", alert-questions, " + e));
                freshValues.errors().forEach(e -> evaluationErrors.add("- " + run.name() + ", fresh-questions, " + e));
            }
            families = tsdb.familyCount();
            series = tsdb.seriesCount();
        }
        Run offline = runs.get(0);
        String report = String.format(Locale.ROOT, """
                ## Demonstrate: questions to PromQL

                Measured %s with `mvn -Pbench -pl bot -am verify` (`TranslationBenchmark`); validity judged by %s.
                Knowledge: the bundled metric catalog and the bundled sample runbooks (which hold none of these alerts).
                A question "uses the reference" when its query uses every metric and every function or
                aggregation of the alert's own expression (as our parser lists them); a clarifying question never does.

                - `alert-questions.tsv`: %d questions, one per alert of five awesome-prometheus-alerts rule files
                  (node-exporter, kube-state-metrics, cAdvisor, etcd, Prometheus self-monitoring), committed before
                  the translator existed. Its first, untuned run scored 0.47 (57 / 122); the recipes, cues and
                  catalog help texts were then improved by reading its misses, so its figure below is optimistic.
                - `fresh-questions.tsv`: %d questions, one per alert of four kube-prometheus rule files, written after
                  that first run and before any tuning, and never tuned on: the honest figure.
                %s
                %s
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

                Offline, the target (≥ 0.70 of questions using the reference's metrics and functions) is %s.
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
                component before it is used, and a model (few-shot from catalog and examples, repaired by the parser).

                Offline misses on the fresh set (the reference is the alert's expression):

                | alert | question | Ducky |
                |---|---|---|
                %s
                """, LocalDate.now(), promtool.version(), offline.tuned().cases().size(), offline.fresh().cases().size(),
                tables, writer.isPresent() ? "" : "\nWith a model: not measured in this run, no model endpoint was configured"
                        + " (set `DUCKY_LLM_PROVIDER`, `DUCKY_LLM_BASE_URL`, `DUCKY_LLM_MODEL` and run the same command to add"
                        + " its table).\n",
                families, series, PrometheusServer.version(prometheus),
                evaluationErrors.isEmpty() ? " none." : "\n\n" + String.join("\n", evaluationErrors),
                verdict(offline), String.join("\n", offline.fresh().misses()));
        BenchmarkReport.write("demonstrate", report);
        for (Run run : runs) {
            assertEquals(run.tuned().shownQueries().size(), run.tunedAccepted(), run.name()
                    + ": every query shown as valid must be valid for promtool");
            assertEquals(run.fresh().shownQueries().size(), run.freshAccepted(), run.name()
                    + ": every query shown as valid must be valid for promtool");
        }
    }

    private static String table(Run run, ValueAgreement tunedValues, ValueAgreement freshValues) {
        TranslationScore tuned = run.tuned();
        TranslationScore fresh = run.fresh();
        return String.format(Locale.ROOT, """

                ### %s

                | measure | alert-questions (tuned on) | fresh-questions (never tuned on) |
                |---|---|---|
                | shown as valid and accepted by promtool | %d / %d (%s) | %d / %d (%s) |
                | uses all the reference's metrics and functions (target ≥ 0.70) | %s | %s |
                | uses all the reference's metrics (functions aside) | %s | %s |
                | answered with a clarifying question | %s | %s |
                | returns the same values as the reference (synthetic TSDB, real Prometheus 2.42) | %s | %s |
                | … and the same series (label sets equal too) | %s | %s |
                | shown query and reference both return nothing there (not counted as same) | %d / %d | %d / %d |
                | the reference itself returns nothing there | %d / %d | %d / %d |
                """, run.name(),
                run.tunedAccepted(), tuned.shownQueries().size(), percent(run.tunedAccepted(), tuned.shownQueries().size()),
                run.freshAccepted(), fresh.shownQueries().size(), percent(run.freshAccepted(), fresh.shownQueries().size()),
                share(tuned.uses(), tuned.cases().size()), share(fresh.uses(), fresh.cases().size()),
                share(tuned.usesMetrics(), tuned.cases().size()), share(fresh.usesMetrics(), fresh.cases().size()),
                share(tuned.clarified(), tuned.cases().size()), share(fresh.clarified(), fresh.cases().size()),
                share(tunedValues.sameValues(), tunedValues.cases()), share(freshValues.sameValues(), freshValues.cases()),
                share(tunedValues.sameSeries(), tunedValues.cases()), share(freshValues.sameSeries(), freshValues.cases()),
                tunedValues.bothEmpty(), tunedValues.cases(), freshValues.bothEmpty(), freshValues.cases(),
                tunedValues.referenceEmpty(), tunedValues.cases(), freshValues.referenceEmpty(), freshValues.cases());
    }

    private static String verdict(Run offline) {
        boolean tuned = offline.tuned().usesShare() >= 0.70;
        boolean fresh = offline.fresh().usesShare() >= 0.70;
        return tuned && fresh ? "met on both sets" : tuned ? "met on the tuned set only, missed on the fresh one"
                : fresh ? "met on the fresh set, missed on the tuned one" : "missed on both sets";
    }

    private static String share(long part, int whole) {
        return String.format(Locale.ROOT, "%d / %d (%.2f)", part, whole, whole == 0 ? 0.0 : (double) part / whole);
    }

    private static long accepted(Promtool promtool, TranslationScore score, Path work) {
        return promtool.check(score.shownQueries(), work).stream().filter(Optional::isEmpty).count();
    }

    private static List<String> references(Run run) {
        return Stream.of(run.tuned(), run.fresh()).flatMap(s -> s.cases().stream().map(AlertQuestions.Case::reference))
                .toList();
    }

    private static List<String> shownQueries(List<Run> runs) {
        return runs.stream().flatMap(r -> Stream.of(r.tuned(), r.fresh())).flatMap(s -> s.shownQueries().stream()).toList();
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
