package dev.ducky.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.config.KnowledgeSettings;
import dev.ducky.config.ModelSettings;
import dev.ducky.config.QuerySettings;
import dev.ducky.knowledge.runbook.SampleRunbooks;
import dev.ducky.language.ModelQueryWriter;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.Lint;
import dev.ducky.query.catalog.CatalogFormatException;
import dev.ducky.query.setup.TranslatorSetup;
import dev.ducky.query.translate.QueryWriter;
import dev.ducky.query.translate.Translation;
import dev.ducky.query.translate.Translator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducky translate [--lang promql|logql] [--catalog F] [--json] QUESTION}: the query for a plain question,
 * checked and explained, with a link to run it — or the question Ducky would ask back. It runs nothing. With
 * DUCKY_LLM_* naming a model, the model writes the query and the parser checks it.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Turn a question into a checked, explained PromQL or LogQL query (never run).")
public class TranslateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "What you want to see.")
    List<String> words;

    @Option(names = "--lang", paramLabel = "LANG", description = "promql or logql (default: from the question).")
    String lang;

    @Option(names = "--catalog", paramLabel = "F", description = "Metric catalog file, YAML or JSON (default: $DUCKY_CATALOG,"
            + " else the bundled catalog).")
    Path catalog;

    @Option(names = "--json", description = "Print {\"language\",\"query\",\"valid\",\"errors\",\"explanation\",\"lints\","
            + "\"clarify\",\"link\"}.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Optional<QueryLanguage> language;
        try {
            language = lang == null ? Optional.empty() : Optional.of(QueryLanguage.valueOf(lang.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --lang must be promql or logql, not '" + lang + "'");
            return 2;
        }
        QuerySettings settings = QuerySettings.fromEnvironment(System.getenv());
        if (catalog != null) {
            settings = settings.withCatalog(catalog.toString());
        }
        Path samples = null;
        Translation t;
        try {
            List<Path> runbooks = KnowledgeSettings.dirs(System.getenv("DUCKY_RUNBOOKS"));
            if (runbooks.isEmpty()) {
                samples = SampleRunbooks.extractTo(Files.createTempDirectory("ducky-samples"));
                runbooks = List.of(samples);
            }
            Optional<QueryWriter> model = ModelQueryWriter.fromSettings(ModelSettings.fromEnvironment(System.getenv()));
            Translator translator = TranslatorSetup.build(settings, runbooks, List::of, model,
                    w -> System.err.println("warning: " + w));
            t = translator.translate(String.join(" ", words), new Translator.Options(language, Optional.empty(),
                    Optional.empty()));
        } catch (CatalogFormatException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } finally {
            if (samples != null) {
                deleteTree(samples);
            }
        }
        System.out.println(json ? new ObjectMapper().writeValueAsString(asJson(t)) : plain(t));
        return t.clarify() != null || t.valid() ? 0 : 1;
    }

    static Map<String, Object> asJson(Translation t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("language", t.language().label());
        out.put("query", t.query());
        out.put("valid", t.valid());
        out.put("errors", t.errors());
        out.put("explanation", t.explanation());
        out.put("lints", t.lints().stream().map(l -> Map.of("rule", l.rule(), "message", l.message())).toList());
        out.put("clarify", t.clarify());
        out.put("link", t.link());
        return out;
    }

    static String plain(Translation t) {
        if (t.clarify() != null) {
            return "? " + t.clarify();
        }
        StringBuilder out = new StringBuilder(t.query()).append('\n');
        if (!t.valid()) {
            out.append("NOT VALID: ").append(String.join("; ", t.errors())).append('\n');
        }
        t.explanation().forEach(line -> out.append("  - ").append(line).append('\n'));
        for (Lint lint : t.lints()) {
            out.append("  ! ").append(lint.message()).append(" (").append(lint.rule()).append(")\n");
        }
        out.append(t.link() != null ? "open: " + t.link() : "(set DUCKY_GRAFANA_URL or DUCKY_PROMETHEUS_URL for a link)");
        return out.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
