package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.Lint;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.analysis.QueryAnalysis;
import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.StreamLabels;
import dev.ducky.query.examples.WorkedExample;
import dev.ducky.query.link.QueryLinks;
import dev.ducky.query.link.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a plain question into a PromQL or LogQL query, offline: the team's own earlier answer when the question
 * is nearly the same; else the recipe the question asks for, filled from the catalog; else the nearest worked
 * example (an alert rule, a runbook query); else the catalog metric its words name; else a question back.
 * With a model configured, the model writes the query from that draft, the catalog and the nearest examples,
 * and the offline answer stands whenever the model's does not check out.
 * Every query is checked by the parser before it is called valid, and nothing is ever run.
 */
public final class Translator {
    /** A team member's earlier query is shown again when their question was nearly this one. */
    static final double SAME_QUESTION = 0.6;
    /** A worked example is adapted when its description is this close. */
    static final double CLOSE_EXAMPLE = 0.5;
    /** Recipes cued this weakly are the catalog fallback: worked examples are tried before them. */
    static final int FALLBACK_CUE = 1;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
            .withZone(java.time.ZoneOffset.UTC);

    /** What the caller knows beyond the question. */
    public record Options(Optional<QueryLanguage> language, Optional<String> alert, Optional<Instant> alertFiredAt) {
        public static Options none() {
            return new Options(Optional.empty(), Optional.empty(), Optional.empty());
        }

        public static Options in(QueryLanguage language) {
            return new Options(Optional.of(language), Optional.empty(), Optional.empty());
        }
    }

    private final CatalogIndex index;
    private final StreamLabels streams;
    private final ExampleIndex examples;
    private final Supplier<List<WorkedExample>> history;
    private final QueryLinks links;
    private final List<Recipe> recipes;
    private final Optional<ModelTranslation> model;

    /**
     * @param recipes the kinds of question it knows, most specific first; handed in (the setup passes the
     *                recipe book) because every recipe is written in this package's terms, so they sit above it
     */
    public Translator(MetricCatalog catalog, StreamLabels streams, List<WorkedExample> examples,
                      Supplier<List<WorkedExample>> history, QueryLinks links, List<Recipe> recipes) {
        this(catalog, streams, examples, history, links, recipes, Optional.empty());
    }

    /** With a model ({@code writer}) that writes the query from the catalog, the examples and the offline draft. */
    public Translator(MetricCatalog catalog, StreamLabels streams, List<WorkedExample> examples,
                      Supplier<List<WorkedExample>> history, QueryLinks links, List<Recipe> recipes,
                      Optional<QueryWriter> writer) {
        this.index = new CatalogIndex(catalog);
        this.streams = streams;
        this.examples = new ExampleIndex(examples);
        this.history = history;
        this.links = links;
        this.recipes = List.copyOf(recipes);
        this.model = writer.map(w -> new ModelTranslation(w, index, streams));
    }

    public MetricCatalog catalog() {
        return index.catalog();
    }

    public Translation translate(String question, Options options) {
        Question read = QuestionReader.read(question);
        QueryLanguage language = options.language().orElse(read.language());
        Question q = new Question(read.text(), read.lower(), read.terms(), language, read.shape(), read.time(),
                read.words(), read.pattern(), read.status());
        List<WorkedExample> teamHistory = history.get();
        Attempt attempt = attempt(q, Kitchen.of(q, index, streams), teamHistory);
        if (attempt instanceof Draft draft) {
            attempt = Modifiers.apply(q, draft);
        }
        if (model.isPresent() && !fromTeamHistory(attempt)) {
            List<WorkedExample> shown = new ArrayList<>();
            new ExampleIndex(teamHistory).closest(q, language, 1).forEach(m -> shown.add(m.example()));
            examples.closest(q, language, ModelTranslation.EXAMPLES - shown.size()).forEach(m -> shown.add(m.example()));
            attempt = model.get().attempt(q, attempt, shown).orElse(attempt);
        }
        return attempt instanceof Clarification c ? Translation.clarifying(language, c) : checked(q, (Draft) attempt, options);
    }

    /** A worked example shown as it is (an alert's without its threshold), checked, explained and linked. */
    public Translation demonstrate(WorkedExample example, String question, Options options) {
        return checked(QuestionReader.read(question), WorkedExamples.draft(example), options);
    }

    private static boolean fromTeamHistory(Attempt attempt) {
        return attempt instanceof Draft d && d.example() != null && d.example().source() == WorkedExample.Source.TEAM_HISTORY;
    }

    private Attempt attempt(Question q, Kitchen kitchen, List<WorkedExample> teamHistory) {
        Optional<ExampleIndex.Match> own = new ExampleIndex(teamHistory).nearest(q, q.language());
        if (own.isPresent() && own.get().similarity() >= SAME_QUESTION) {
            return WorkedExamples.draft(own.get().example());
        }
        List<Recipe> asked = recipes.stream().filter(r -> r.language() == q.language() && r.cue(q) > 0)
                .sorted(Comparator.comparingInt((Recipe r) -> r.cue(q)).reversed()).toList();
        boolean examplesTried = false;
        for (Recipe recipe : asked) {
            if (recipe.cue(q) <= FALLBACK_CUE && !examplesTried) {
                examplesTried = true;
                Optional<Attempt> fromExample = nearExample(q);
                if (fromExample.isPresent()) {
                    return fromExample.get();
                }
            }
            Optional<Attempt> written = recipe.write(kitchen);
            if (written.isPresent()) {
                // a specific recipe unsure what is meant asks, rather than falling through to a looser guess
                return written.get() instanceof Clarification c ? nearExample(q).orElse(c) : written.get();
            }
        }
        return nearExample(q).orElse(Clarification.ask(q.language() == QueryLanguage.LOGQL
                ? "Which service's logs do you want to see, and what are you looking for in them?"
                : "Which metric do you want to see, for which service, and over what time?"));
    }

    private Optional<Attempt> nearExample(Question q) {
        return examples.nearest(q, q.language()).filter(m -> m.similarity() >= CLOSE_EXAMPLE)
                .map(m -> WorkedExamples.draft(m.example()));
    }

    private Translation checked(Question q, Draft draft, Options options) {
        QueryAnalysis analysis = draft.language().parser().analyze(draft.query(), index.catalog().types());
        ParseResult verdict = analysis.verdict();
        Optional<WorkedExample> example = Optional.ofNullable(draft.example());
        if (!verdict.valid()) {
            return new Translation(draft.language(), draft.query(), false, List.of(verdict.error()
                    + " (column " + verdict.position() + ")"), draft.explanation(), List.of(), null, null,
                    draft.intent(), example.orElse(null), List.of(), List.of(), List.of());
        }
        List<String> explanation = new ArrayList<>(draft.explanation());
        if (explanation.isEmpty() || example.isPresent() || draft.intent().equals(ModelTranslation.INTENT)) {
            explanation.addAll(analysis.explanation());
        }
        List<Lint> lints = analysis.lints();
        TimeRange range = range(q, options);
        q.time().minutesBeforeAlert().ifPresent(minutes -> explanation.add(range.fixed()
                ? "The link opens the " + minutes + " minutes before " + options.alert().orElse("the alert") + " fired, "
                + TIME.format(range.start()) + "–" + TIME.format(range.end()) + " UTC."
                : "Set the time range to the " + minutes + " minutes before the alert fired; I don't know when it did."));
        String link = links.forQuery(draft.language(), draft.query(), range).orElse(null);
        return new Translation(draft.language(), draft.query(), true, List.of(), explanation, lints, null, link,
                draft.intent(), example.orElse(null), verdict.metrics(), verdict.functions(), List.of());
    }

    private static TimeRange range(Question q, Options options) {
        if (q.time().minutesBeforeAlert().isPresent() && options.alertFiredAt().isPresent()) {
            return TimeRange.before(options.alertFiredAt().get(), q.time().minutesBeforeAlert().getAsInt());
        }
        Duration window = q.time().window().orElse(Duration.ofHours(1));
        return TimeRange.last(window.compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1) : window);
    }
}
