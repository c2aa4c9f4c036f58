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
 * "Did anything get OOMKilled?": containers that restarted in the window and whose last termination was an
 * OOM kill; on hosts (no pods or containers named), the kernel's OOM killer count.
 */
public final class OomRecipe implements Recipe {
    @Override
    public String intent() {
        return "oom-kills";
    }

    @Override
    public int cue(Question q) {
        return q.says("\\b(oom\\w*|out of memory kill\\w*|killed for memory|memory kill\\w*)\\b") ? 7 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        boolean host = k.q().says("\\b(hosts?|nodes?|kernel|machines?|vms?|instances?)\\b")
                && !k.q().says("\\b(pods?|containers?)\\b");
        Optional<MetricInfo> reason = k.metric("kube_pod_container_status_last_terminated_reason");
        Optional<MetricInfo> restarts = k.metric("kube_pod_container_status_restarts_total");
        if (!host && reason.isPresent() && restarts.isPresent()) {
            return Optional.of(containers(k, reason.get(), restarts.get()));
        }
        return k.first("node_vmstat_oom_kill").map(m -> kernel(k, m));
    }

    private Attempt containers(Kitchen k, MetricInfo reason, MetricInfo restarts) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(reason, notes);
        List<Selector.Match> oom = new ArrayList<>(filters);
        oom.add(Selector.Match.eq("reason", "OOMKilled"));
        String restarted = Recipes.sum(List.of("namespace", "pod", "container"),
                Recipes.increase(Selector.of(restarts.name(), k.filters(restarts, new ArrayList<>())), k.countWindow()));
        String query = restarted + " > 0\nand on (namespace, pod, container)\n" + Selector.of(reason.name(), oom) + " == 1";
        List<String> lines = new ArrayList<>();
        lines.add("`increase(" + restarts.name() + "[" + PromDuration.format(k.countWindow())
                + "]) > 0`: containers that restarted in the last " + PromDuration.words(k.countWindow()) + ".");
        lines.add("`and on (namespace, pod, container)`: keep only those whose last termination reason is OOMKilled"
                + " (killed for going over their memory limit).");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }

    private Attempt kernel(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        String selector = Selector.of(m.name(), k.filters(m, notes));
        String query = Recipes.increase(selector, k.countWindow()) + " > 0";
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: how many processes the host kernel's OOM killer has killed since boot.");
        lines.add(Recipes.explainIncrease(k.countWindow()) + " `> 0` keeps the hosts where it fired.");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }
}
