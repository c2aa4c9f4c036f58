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
import java.util.Locale;
import java.util.Optional;

/**
 * "Which pods are stuck in Pending?" and "who is in CrashLoopBackOff?": pods by phase, or containers by the
 * reason they are waiting.
 */
public final class PodStateRecipe implements Recipe {
    private static final String WAITING = "\\b(waiting|crashloopbackoff|imagepullbackoff|errimagepull|image pull\\w*|"
            + "containercreating|createcontainer\\w*|backoff|back-off)\\b";
    private static final String PHASE = "\\b(pending|not running|failed|unknown|stuck|unhealthy|not healthy|phase|"
            + "evicted|succeeded)\\b";
    private static final String OTHER_OBJECTS = "\\b(pvcs?|volumes?|claims?|jobs?|cronjobs?|nodes?|hpas?|deployments?|"
            + "statefulsets?|daemonsets?|replicasets?|namespaces?)\\b";

    @Override
    public String intent() {
        return "pod-state";
    }

    @Override
    public int cue(Question q) {
        if (q.says(WAITING)) {
            return 6;
        }
        return q.says("\\bpods?\\b") && q.says(PHASE) && !q.says(OTHER_OBJECTS) ? 5 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        if (k.q().says(WAITING)) {
            return k.metric("kube_pod_container_status_waiting_reason").map(m -> waiting(k, m));
        }
        return k.metric("kube_pod_status_phase").map(m -> phase(k, m));
    }

    private Attempt waiting(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(m, notes);
        Optional<String> reason = m.valuesOf("reason").stream()
                .filter(r -> k.q().lower().replace(" ", "").contains(r.toLowerCase(Locale.ROOT))).findFirst();
        filters.add(reason.map(r -> Selector.Match.eq("reason", r)).orElse(Selector.Match.not("reason", "")));
        String selector = Selector.of(m.name(), filters);
        List<String> by = Recipes.with(Recipes.groupOr(k, m, "namespace", "pod"), "reason");
        String query = Recipes.sum(by, selector) + " > 0";
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: 1 for each container waiting " + reason.map(r -> "in " + r).orElse("for any reason")
                + " (kube-state-metrics).");
        lines.add("`sum by (" + String.join(", ", by) + ") (…) > 0`: the pods that have such a container, with the reason.");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }

    private Attempt phase(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(m, notes);
        List<String> named = m.valuesOf("phase").stream()
                .filter(p -> k.q().says("\\b" + p.toLowerCase(Locale.ROOT) + "\\b")).sorted().toList();
        String phases = named.isEmpty() ? "Pending|Unknown|Failed" : String.join("|", named);
        filters.add(phases.contains("|") ? Selector.Match.re("phase", phases) : Selector.Match.eq("phase", phases));
        String selector = Selector.of(m.name(), filters);
        List<String> by = Recipes.groupOr(k, m, "namespace", "pod");
        String query = Recipes.sum(by, selector) + " > 0";
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: 1 for each pod in " + phases.replace("|", " or ") + ", 0 otherwise.");
        lines.add("`sum by (" + String.join(", ", by) + ") (…) > 0`: only the pods that are in one of those phases.");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }
}
