package dev.ducky.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.config.QuerySettings;
import dev.ducky.query.ParseResult;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.promql.conformance.Promtool;
import dev.ducky.query.translate.AlertQuestions;
import dev.ducky.query.translate.Translation;
import dev.ducky.query.translate.Translator;
import dev.ducky.query.translate.TranslatorSetup;
import dev.ducky.support.SharedCorpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Translation quality on the alert question set, offline: the share of shown queries promtool accepts (must be
 * all), the share using the reference's metrics and functions, the share answered with a question back.
 */
class TranslationBenchmark {
    @Test
    void translatesAlertQuestions() throws Exception {
        Path corpora = SharedCorpora.require();
        Promtool promtool = Promtool.find().orElseThrow(() -> new IllegalStateException("promtool is not on the PATH"));
        Path root = Path.of(System.getProperty("ducky.root", "..")).toAbsolutePath().normalize();
        Translator translator = TranslatorSetup.build(QuerySettings.fromEnvironment(java.util.Map.of()),
                List.of(root.resolve("knowledge/samples")), List::of, w -> { });
        List<AlertQuestions.Case> cases = AlertQuestions.load(corpora);
        List<Translation> translations = cases.stream()
                .map(c -> translator.translate(c.question(), Translator.Options.in(QueryLanguage.PROMQL))).toList();
        List<String> shown = translations.stream().filter(Translation::shown).map(Translation::query).toList();
        Path work = Files.createTempDirectory("ducky-translate-bench");
        long accepted = promtool.check(shown, work).stream().filter(Optional::isEmpty).count();
        int uses = 0;
        int clarified = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Translation t = translations.get(i);
            ParseResult reference = QueryLanguage.PROMQL.parser().check(cases.get(i).reference());
            boolean same = t.shown() && t.metrics().containsAll(reference.metrics())
                    && t.functions().containsAll(reference.functions());
            uses += same ? 1 : 0;
            clarified += t.clarify() != null ? 1 : 0;
            if (!same) {
                misses.add("| " + cases.get(i).alert() + " | " + cases.get(i).question() + " | "
                        + (t.clarify() != null ? "asks: " + t.clarify() : "`" + oneLine(t.query()) + "`") + " |");
            }
        }
        int n = cases.size();
        String report = String.format(Locale.ROOT, """
                ## Translation: questions to PromQL (offline)

                Measured %s with `mvn -Pbench -pl bot -am verify` (`TranslationBenchmark`), %s.
                Question set: `bot/src/test/resources/translate/alert-questions.tsv`, %d responder questions, one per
                alert of five awesome-prometheus-alerts rule files (node-exporter, kube-state-metrics, cAdvisor, etcd,
                Prometheus self-monitoring), committed before the translator existed. Knowledge: the bundled catalog
                and the bundled sample runbooks (which contain none of these alerts).

                | measure | value |
                |---|---|
                | shown as valid, accepted by promtool | %d / %d (%s) |
                | uses all the reference's metrics and functions | %d / %d (%.2f) |
                | answered with a clarifying question | %d / %d (%.2f) |

                Questions that missed (the reference is the alert's expression):

                | alert | question | Ducky |
                |---|---|---|
                %s
                """, LocalDate.now(), promtool.version(), n, accepted, shown.size(),
                shown.size() == accepted ? "100%" : "NOT ALL", uses, n, (double) uses / n, clarified, n,
                (double) clarified / n, String.join("\n", misses));
        BenchmarkReport.write("demonstrate", report);
        assertEquals(shown.size(), accepted, "every query shown as valid must be valid for promtool");
    }

    private static String oneLine(String query) {
        return query.replaceAll("\\s*\\n\\s*", " ").replace("|", "\\|");
    }
}
