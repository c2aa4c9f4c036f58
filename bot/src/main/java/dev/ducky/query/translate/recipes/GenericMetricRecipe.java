package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.CatalogIndex;
import dev.ducky.query.translate.Clarification;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import java.util.List;
import java.util.Optional;

/**
 * The long tail: the catalog metric whose name and help best match the question's words, read the way its
 * type asks (a counter's increase, a gauge as it is, a histogram's quantile). When no metric clearly wins it
 * asks which one is meant instead of guessing.
 */
public final class GenericMetricRecipe implements Recipe {
    /** A match needs at least one fairly rare word of the metric's name in common with the question. */
    static final double MIN_SCORE = 3.0;
    /** A runner-up this close to the winner makes the choice a guess. */
    static final double AMBIGUOUS = 0.9;

    @Override
    public String intent() {
        return "catalog-metric";
    }

    @Override
    public int cue(Question q) {
        return q.language() == QueryLanguage.PROMQL ? 1 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        List<CatalogIndex.Scored> ranked = k.rank(m -> true);
        if (ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
            return Optional.of(unknown(ranked));
        }
        CatalogIndex.Scored best = ranked.get(0);
        List<CatalogIndex.Scored> close = ranked.stream().limit(3)
                .filter(s -> s.score() >= best.score() * AMBIGUOUS).toList();
        Optional<Siblings.Ratio> ratio = Siblings.ratio(k, ranked);
        if (ratio.isPresent()) {
            return Optional.of(MetricQuery.share(k, ratio.get(), intent()));
        }
        Optional<Siblings.Comparison> comparison = Siblings.compare(k, ranked);
        if (comparison.isPresent()) {
            return Optional.of(MetricQuery.compare(k, comparison.get(), intent()));
        }
        if (close.size() > 1) {
            return Optional.of(which(close));
        }
        return Optional.of(MetricQuery.write(k, best.metric(), intent()));
    }

    private static Clarification unknown(List<CatalogIndex.Scored> ranked) {
        List<CatalogIndex.Scored> some = ranked.stream().filter(s -> s.score() > 0).limit(3).toList();
        if (some.isEmpty()) {
            return Clarification.ask("I don't recognise a metric in that. Which metric or logs do you want to look at,"
                    + " for which service, and over what time?");
        }
        return new Clarification("I'm not sure which metric that is. Is it one of these: " + options(some)
                + " — or another one?", some.stream().map(s -> s.metric().name()).toList());
    }

    private static Clarification which(List<CatalogIndex.Scored> close) {
        return new Clarification("Which of these do you mean: " + options(close) + "?",
                close.stream().map(s -> s.metric().name()).toList());
    }

    private static String options(List<CatalogIndex.Scored> scored) {
        return String.join(", ", scored.stream().map(s -> "`" + s.metric().name() + "`"
                + (s.metric().help().isEmpty() ? "" : " (" + s.metric().help() + ")")).toList());
    }
}
