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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Which pods keep restarting?": container restarts counted over a window, per pod; for a process such as
 * Prometheus itself (no pods named), how often its start time changed.
 */
public final class RestartsRecipe implements Recipe {
    @Override
    public String intent() {
        return "restarts";
    }

    @Override
    public int cue(Question q) {
        if (q.says("\\b(crash ?loop\\w*|restart\\w*|keeps? (dying|crashing)|crashing)\\b")) {
            return q.says("\\boom|out of memory\\b") ? 3 : 5;
        }
        return 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        boolean pods = k.q().says("\\b(pods?|containers?|crash ?loop\\w*|deployments?|k8s|kubernetes|kube)\\b")
                || !k.q().says("\\b(process|prometheus|alertmanager|exporter|pushgateway|job)\\b");
        Optional<MetricInfo> restarts = k.metric("kube_pod_container_status_restarts_total");
        if (pods && restarts.isPresent()) {
            return Optional.of(podRestarts(k, restarts.get()));
        }
        return k.metric("process_start_time_seconds").map(m -> processRestarts(k, m));
    }

    private Attempt podRestarts(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        String selector = Selector.of(m.name(), k.filters(m, notes));
        List<String> by = Recipes.groupOr(k, m, "namespace", "pod");
        String query = Recipes.sum(by, Recipes.increase(selector, k.countWindow())) + " > 0";
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: how many times each container has restarted since it was created.");
        lines.add(Recipes.explainIncrease(k.countWindow()));
        lines.add("`sum by (" + String.join(", ", by) + ") (…) > 0`: restarts per " + String.join(" and ", by)
                + ", only those that restarted at all.");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }

    private Attempt processRestarts(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        String selector = Selector.of(m.name(), k.filters(m, notes));
        String window = PromDuration.format(k.countWindow());
        String query = "changes(" + selector + "[" + window + "])";
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: when each process last started.");
        lines.add("`changes(…[" + window + "])`: how many times that start time changed, i.e. restarts in the last "
                + PromDuration.words(k.countWindow()) + ".");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }
}
