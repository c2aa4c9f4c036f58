package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Is checkout CPU-throttled?": the share of CFS periods in which each container hit its CPU limit. */
public final class ThrottlingRecipe implements Recipe {
    @Override
    public String intent() {
        return "cpu-throttling";
    }

    @Override
    public int cue(Question q) {
        return q.says("\\bthrottl\\w*") ? 7 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        Optional<MetricInfo> throttled = k.metric("container_cpu_cfs_throttled_periods_total");
        Optional<MetricInfo> periods = k.metric("container_cpu_cfs_periods_total");
        if (throttled.isEmpty() || periods.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(throttled.get(), notes);
        if (filters.stream().noneMatch(f -> f.label().equals("container"))) {
            filters.add(Selector.Match.not("container", ""));
        }
        List<String> by = Recipes.groupOr(k, throttled.get(), "namespace", "pod", "container");
        String query = Recipes.ratio(
                Recipes.sum(by, Recipes.rate(Selector.of(throttled.get().name(), filters), k.rateWindow())),
                Recipes.sum(by, Recipes.rate(Selector.of(periods.get().name(), filters), k.rateWindow())));
        List<String> lines = new ArrayList<>();
        lines.add("`" + throttled.get().name() + "` counts the 100 ms scheduling periods in which a container used up its"
                + " CPU limit; `" + periods.get().name() + "` counts all periods.");
        lines.add(Recipes.explainRate(k.rateWindow()));
        lines.add("`sum by (" + String.join(", ", by) + ") … / …`: the throttled share per " + String.join(" and ", by)
                + " (0.25 means a quarter of the time it was held back).");
        query = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }
}
