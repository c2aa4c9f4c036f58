package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import dev.ducky.query.words.PromDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Will the disk fill up before tomorrow?": a linear forecast of free space (or inodes, or a volume's free bytes)
 * at the horizon they name, below zero meaning full by then.
 */
public final class FillUpRecipe implements Recipe {
    private static final Duration DEFAULT_HORIZON = Duration.ofDays(1);
    private static final Duration MIN_LOOKBACK = Duration.ofHours(6);

    @Override
    public String intent() {
        return "fill-up-prediction";
    }

    @Override
    public int cue(Question q) {
        boolean future = q.time().horizon().isPresent() || q.says("\\b(will|going to|predict\\w*|forecast\\w*|expected to|"
                + "at (this|the current) rate|when|filling up|running out|soon)\\b");
        boolean fill = q.says("\\b(fill(s|ing)? up|run(s|ning)? out|be full|become full|exhaust\\w*|full)\\b");
        return future && fill ? 7 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        StorageKind kind = StorageKind.of(k.q());
        Optional<MetricInfo> free = k.metric(kind.free);
        if (free.isEmpty()) {
            return Optional.empty();
        }
        Duration horizon = k.q().time().horizon().orElse(DEFAULT_HORIZON);
        Duration lookback = horizon.dividedBy(4).compareTo(MIN_LOOKBACK) > 0 ? horizon.dividedBy(4) : MIN_LOOKBACK;
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = new ArrayList<>(kind.base());
        filters.addAll(k.filters(free.get(), notes));
        String selector = Selector.of(kind.free, filters);
        String query = "predict_linear(" + selector + "[" + PromDuration.format(lookback) + "], "
                + horizon.getSeconds() + ") < 0";
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: " + kind.what + " right now.");
        lines.add("`predict_linear(…[" + PromDuration.format(lookback) + "], " + horizon.getSeconds()
                + ")`: a straight line through the last " + PromDuration.words(lookback) + ", extended "
                + PromDuration.words(horizon) + " ahead.");
        lines.add("`< 0`: keeps only what would be full by then. A forecast, not a promise: check the graph's shape.");
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }
}
