package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Grouping;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "How many requests per second does checkout get, per route?": the request rate, cut by what they ask. */
public final class RequestRateRecipe implements Recipe {
    @Override
    public String intent() {
        return "request-rate";
    }

    @Override
    public int cue(Question q) {
        if (q.says("\\b(errors?|fail\\w*|5xx|4xx)\\b")) {
            return 0;
        }
        if (q.says("\\b(requests? (per|a) (second|minute)|rps|qps|req/s|throughput|request rate|rate of requests|"
                + "how many requests|number of requests|request volume|busiest)\\b")) {
            return 5;
        }
        return q.says("\\b(traffic|load|requests)\\b") && !q.says("\\b(cpu|memory|network|disk)\\b") ? 2 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        Optional<MetricInfo> counter = RequestMetrics.anyCounter(k);
        if (counter.isEmpty()) {
            return Optional.empty();
        }
        MetricInfo m = counter.get();
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(m, notes);
        List<Selector.Match> status = k.q().status().flatMap(s -> RequestMetrics.statusLabel(m)
                .map(l -> ErrorRatioRecipe.failing(k.q(), l))).map(List::of).orElse(List.of());
        List<Selector.Match> all = new ArrayList<>(filters);
        all.addAll(status);
        List<String> by = Grouping.labels(k.q(), m);
        String query = Recipes.sum(by, Recipes.rate(Selector.of(m.name(), all), k.rateWindow()));
        List<String> lines = new ArrayList<>();
        lines.add("`" + Selector.of(m.name(), all) + "`: every request counted" + Recipes.describeFilters(all) + ".");
        lines.add(Recipes.explainRate(k.rateWindow()));
        lines.add(by.isEmpty() ? "`sum(…)`: all of them added up, requests per second."
                : "`sum by (" + String.join(", ", by) + ")`: requests per second for each " + String.join(" and ", by) + ".");
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }
}
