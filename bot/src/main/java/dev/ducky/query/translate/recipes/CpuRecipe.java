package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Clarification;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "How busy are the CPUs?": on hosts, the non-idle share of CPU time (or the share in one mode: steal,
 * iowait…); in containers, CPU cores used, or the share of the CPU limit when they ask about limits.
 */
public final class CpuRecipe implements Recipe {
    private static final List<String> MODES = List.of("steal", "iowait", "system", "user", "irq", "softirq", "nice", "idle");

    @Override
    public String intent() {
        return "cpu-saturation";
    }

    @Override
    public int cue(Question q) {
        return q.says("\\b(cpus?|processors?|cores?|steal|iowait)\\b") && !q.says(Recipes.NOT_SATURATION) ? 4 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        return switch (Scope.of(k)) {
            case HOST -> k.metric("node_cpu_seconds_total").map(m -> host(k, m));
            case CONTAINER -> k.metric("container_cpu_usage_seconds_total").map(m -> container(k, m));
            case UNCLEAR -> Optional.of(Clarification.ask("CPU of what: the nodes (node-exporter) or a service's"
                    + " containers? And which service?"));
        };
    }

    private Attempt host(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        Optional<String> mode = MODES.stream().filter(md -> k.q().says("\\b" + md + "\\b")).findFirst();
        List<Selector.Match> filters = k.filters(m, notes);
        filters.add(Selector.Match.eq("mode", mode.orElse("idle")));
        List<String> by = Recipes.groupOr(k, m, "instance");
        String share = "avg by (" + String.join(", ", by) + ") (" + Recipes.rate(Selector.of(m.name(), filters),
                k.rateWindow()) + ")";
        String query = mode.isPresent() ? share : "1 - " + share;
        List<String> lines = new ArrayList<>();
        lines.add("`" + Selector.of(m.name(), filters) + "`: seconds each CPU spent " + mode.map(md -> "in " + md)
                .orElse("idle") + ".");
        lines.add(Recipes.explainRate(k.rateWindow()) + " For one CPU that is the share of time, 0 to 1.");
        lines.add("`avg by (" + String.join(", ", by) + ")`: averaged over the CPUs of each host"
                + (mode.isPresent() ? "." : "; `1 - …` turns idle time into busy time."));
        query = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }

    private Attempt container(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(m, notes);
        if (filters.stream().noneMatch(f -> f.label().equals("container"))) {
            filters.add(Selector.Match.not("container", ""));
        }
        List<String> by = Recipes.groupOr(k, m, "namespace", "pod", "container");
        String used = Recipes.sum(by, Recipes.rate(Selector.of(m.name(), filters), k.rateWindow()));
        List<String> lines = new ArrayList<>();
        lines.add("`" + Selector.of(m.name(), filters) + "`: CPU seconds each container used (`container!=\"\"` drops the"
                + " pod-level totals cAdvisor adds).");
        lines.add(Recipes.explainRate(k.rateWindow()) + " That is CPU cores in use.");
        Optional<MetricInfo> quota = k.metric("container_spec_cpu_quota");
        Optional<MetricInfo> period = k.metric("container_spec_cpu_period");
        String query = used;
        if (k.q().says("\\b(limits?|quota|allowed|allocated)\\b") && quota.isPresent() && period.isPresent()) {
            String limit = Recipes.sum(by, Selector.of(quota.get().name(), filters) + " / "
                    + Selector.of(period.get().name(), filters));
            query = Recipes.ratio(used, limit);
            lines.add("`quota / period`: the CPU limit in cores; dividing by it gives the share of the limit in use.");
        } else {
            lines.add("`sum by (" + String.join(", ", by) + ")`: cores used per " + String.join(" and ", by) + ".");
        }
        query = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }
}
