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
 * "How much memory is left?": on hosts, available over total memory (or swap used); in containers, the working
 * set over the memory limit.
 */
public final class MemoryRecipe implements Recipe {
    private static final String LEFT = "\\b(available|left|free|headroom|remaining|unused)\\b";

    @Override
    public String intent() {
        return "memory-saturation";
    }

    @Override
    public int cue(Question q) {
        return q.says("\\b(memory|ram|swap|mem)\\b") && !q.says(Recipes.NOT_SATURATION) && !q.says("\\bpressure\\b")
                ? 4 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        if (k.q().says("\\bswap\\b")) {
            return ratio(k, "node_memory_SwapFree_bytes", "node_memory_SwapTotal_bytes", "swap");
        }
        return switch (Scope.of(k)) {
            case HOST -> ratio(k, "node_memory_MemAvailable_bytes", "node_memory_MemTotal_bytes", "memory");
            case CONTAINER -> container(k);
            case UNCLEAR -> Optional.of(Clarification.ask("Memory of what: the nodes (node-exporter) or a service's"
                    + " containers? And which service?"));
        };
    }

    private Optional<Attempt> ratio(Kitchen k, String freeName, String totalName, String what) {
        Optional<MetricInfo> free = k.metric(freeName);
        Optional<MetricInfo> total = k.metric(totalName);
        if (free.isEmpty() || total.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        String share = Selector.of(freeName, k.filters(free.get(), notes)) + " / "
                + Selector.of(totalName, k.filters(total.get(), new ArrayList<>()));
        boolean left = k.q().says(LEFT);
        String query = left ? share : "1 - " + share;
        List<String> lines = new ArrayList<>();
        lines.add("`" + freeName + " / " + totalName + "`: the share of " + what + " still free on each host, 0 to 1"
                + (left ? "." : "; `1 - …` turns it into the share in use."));
        query = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }

    private Optional<Attempt> container(Kitchen k) {
        Optional<MetricInfo> used = k.metric("container_memory_working_set_bytes");
        Optional<MetricInfo> limit = k.metric("container_spec_memory_limit_bytes");
        if (used.isEmpty() || limit.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(used.get(), notes);
        if (filters.stream().noneMatch(f -> f.label().equals("container"))) {
            filters.add(Selector.Match.not("container", ""));
        }
        List<String> by = Recipes.groupOr(k, used.get(), "namespace", "pod", "container");
        String query = Recipes.ratio(Recipes.sum(by, Selector.of(used.get().name(), filters)),
                Recipes.sum(by, Selector.of(limit.get().name(), filters) + " > 0"));
        List<String> lines = new ArrayList<>();
        lines.add("`" + used.get().name() + "`: memory the container really uses (what the OOM killer looks at).");
        lines.add("`" + limit.get().name() + " > 0`: its memory limit; containers without one are left out.");
        lines.add("`sum by (" + String.join(", ", by) + ") … / …`: the share of the limit in use; at 1 the container is"
                + " OOM-killed.");
        String shown = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, shown, intent(), lines));
    }
}
