package dev.ducky.query.translate;

import dev.ducky.prompts.model.WrittenQuery;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.StreamLabels;
import dev.ducky.query.examples.WorkedExample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A query written by the model from a few-shot brief (catalog metrics and worked examples), checked by our parser
 * and sent back with the parser's errors at most {@link #MAX_REPAIRS} times. A PromQL query naming a metric that
 * neither the catalog nor an example knows is rejected too: the model must not guess what the team does not have.
 * Empty when the model gave nothing usable; the offline translation then stands.
 */
final class ModelTranslation {
    static final String INTENT = "model";
    static final int MAX_REPAIRS = 2;
    /** Catalog lines in the brief: enough for the metrics the question points at, few enough for a small model. */
    static final int CATALOG_LINES = 40;
    static final int EXAMPLES = 4;

    private final QueryWriter writer;
    private final CatalogIndex index;
    private final StreamLabels streams;

    ModelTranslation(QueryWriter writer, CatalogIndex index, StreamLabels streams) {
        this.writer = writer;
        this.index = index;
        this.streams = streams;
    }

    /** The model's checked draft or question back for {@code q}, given what the offline rules made of it. */
    Optional<Attempt> attempt(Question q, Attempt offline, List<WorkedExample> examples) {
        QueryBrief brief = new QueryBrief(q.language(), q.text(), catalogLines(q), exampleLines(examples),
                offline instanceof Draft d ? d.query() : "none");
        Set<String> known = metricsOf(examples);
        Optional<WrittenQuery> written = writer.write(brief);
        for (int repairs = 0; written.isPresent(); repairs++) {
            WrittenQuery answer = written.get();
            if (answer.asks()) {
                return Optional.of(Clarification.ask(answer.clarify()));
            }
            List<String> errors = errors(q.language(), answer.query(), known);
            if (errors.isEmpty()) {
                return Optional.of(new Draft(q.language(), answer.query(), INTENT, List.of(note(examples.size(), repairs))));
            }
            if (repairs == MAX_REPAIRS) {
                return Optional.empty();
            }
            written = writer.repair(brief, answer.query(), errors);
        }
        return Optional.empty();
    }

    private List<String> errors(QueryLanguage language, String query, Set<String> fromExamples) {
        ParseResult verdict = language.parser().analyze(query, index.catalog().types()).verdict();
        if (!verdict.valid()) {
            return List.of(verdict.error() + " (column " + verdict.position() + ")");
        }
        List<String> errors = new ArrayList<>();
        for (String metric : language == QueryLanguage.PROMQL ? verdict.metrics() : List.<String>of()) {
            if (!index.catalog().has(metric) && !fromExamples.contains(metric)) {
                errors.add("metric " + metric + " is not in the catalog: use a listed metric, or ask which one is meant");
            }
        }
        return errors;
    }

    private String catalogLines(Question q) {
        if (q.language() == QueryLanguage.LOGQL) {
            return streams.isEmpty() ? "(no metrics: log queries select streams by their labels; none are known)"
                    : "(no metrics: log queries select streams by these labels)\n" + streams.values().entrySet().stream()
                    .map(e -> "- " + e.getKey() + ": " + String.join(", ", new TreeSet<>(e.getValue())))
                    .collect(Collectors.joining("\n"));
        }
        MetricCatalog catalog = index.catalog();
        List<CatalogIndex.Scored> ranked = index.rank(q.terms(), m -> true).stream().filter(s -> s.score() > 0)
                .limit(CATALOG_LINES).toList();
        return ranked.isEmpty() ? "(no metric matches the question's words; " + catalog.size() + " metrics in all)"
                : ranked.stream().map(s -> line(s.metric())).collect(Collectors.joining("\n"));
    }

    private static String line(MetricInfo m) {
        return "- " + m.name() + " (" + m.kind().name().toLowerCase(Locale.ROOT) + ")"
                + (m.labels().isEmpty() ? "" : " {" + String.join(", ", new TreeSet<>(m.labels())) + "}")
                + (m.help().isEmpty() ? "" : ": " + m.help());
    }

    private static String exampleLines(List<WorkedExample> examples) {
        return examples.isEmpty() ? "(none)" : examples.stream()
                .map(e -> "- " + e.description().strip() + "\n  " + e.query().replaceAll("\\s*\\n\\s*", " "))
                .collect(Collectors.joining("\n"));
    }

    private static String note(int examples, int repairs) {
        return "Written by the language model from the catalog" + (examples == 0 ? "" : " and " + examples
                + " worked example" + (examples == 1 ? "" : "s")) + "; the parser checked it"
                + (repairs == 0 ? "." : " after " + repairs + " repair" + (repairs == 1 ? "" : "s") + " of its errors.");
    }

    /** Metric names in the examples' PromQL, which the model may use beside the catalog's. */
    private static Set<String> metricsOf(List<WorkedExample> examples) {
        Set<String> metrics = new HashSet<>();
        examples.stream().filter(e -> e.language() == QueryLanguage.PROMQL)
                .forEach(e -> metrics.addAll(QueryLanguage.PROMQL.parser().check(e.query()).metrics()));
        return metrics;
    }
}
