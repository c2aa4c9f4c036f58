package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.MetricKind;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Grouping;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Selector;
import dev.ducky.query.words.PromDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes the query for one catalog metric the way its type and the question's wording ask. */
final class MetricQuery {
    private MetricQuery() {
    }

    static Draft write(Kitchen k, MetricInfo m, String intent) {
        if (m.kind() == MetricKind.HISTOGRAM) {
            return LatencyRecipe.quantile(k, m, intent);
        }
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(m, notes);
        filters.addAll(ValueMatchers.of(k.q(), m));
        String selector = Selector.of(m.name(), filters);
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: " + (m.help().isEmpty() ? "the metric your words match best" : m.help()) + ".");
        String query = counter(m) ? counter(k, m, selector, lines) : gauge(k, m, selector, lines);
        lines.add("I picked `" + m.name() + "` because its name and description match your words; if you meant another"
                + " metric, say which.");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent, lines);
    }

    private static boolean counter(MetricInfo m) {
        return m.kind() == MetricKind.COUNTER || (m.kind() == MetricKind.UNKNOWN && m.name().endsWith("_total"));
    }

    private static String counter(Kitchen k, MetricInfo m, String selector, List<String> lines) {
        boolean perSecond = k.q().says("\\b(per second|/s|rate|throughput|how fast|speed)\\b")
                || m.name().endsWith("_bytes_total") || m.name().endsWith("_seconds_total");
        String query = perSecond ? Recipes.rate(selector, k.rateWindow()) : Recipes.increase(selector, k.countWindow());
        lines.add(perSecond ? Recipes.explainRate(k.rateWindow()) : Recipes.explainIncrease(k.countWindow()));
        List<String> by = Grouping.labels(k.q(), m);
        if (!by.isEmpty()) {
            query = Recipes.sum(by, query);
            lines.add("`sum by (" + String.join(", ", by) + ")`: one line per " + String.join(" and ", by) + ".");
        }
        return query;
    }

    private static String gauge(Kitchen k, MetricInfo m, String selector, List<String> lines) {
        Optional<Duration> window = k.q().time().window();
        if (m.help().contains("unix time") && k.q().says("\\b(how long|since|ago|older|age|for more than|going for|"
                + "running for|not seen|last seen|more than)\\b")) {
            String query = "time() - " + selector;
            lines.add("`time() - …`: seconds since then.");
            if (window.isPresent() && k.q().says("\\b(more than|over|longer than|older than|at least)\\b")) {
                query += " > " + window.get().getSeconds();
                lines.add("`> " + window.get().getSeconds() + "`: only what is older than " + PromDuration.words(window.get()) + ".");
            }
            return query;
        }
        if (k.q().says("\\b(change[ds]?|changing|flap\\w*)\\b")) {
            Duration w = k.countWindow();
            lines.add("`changes(…[" + PromDuration.format(w) + "])`: how many times the value changed in the last "
                    + PromDuration.words(w) + ".");
            return "changes(" + selector + "[" + PromDuration.format(w) + "])";
        }
        if (k.q().says("\\b(metrics?|series|data|exporter)\\b.*\\b(missing|absent|gone|disappeared|vanished)\\b|"
                + "\\b(missing|absent|no) (metrics?|series|data)\\b")) {
            lines.add("`absent(…)`: 1 when no such series exists at all, nothing otherwise.");
            return "absent(" + selector + ")";
        }
        if ((m.help().contains("one series per") || m.help().contains("as labels"))
                && k.q().says("\\b(how many|number of|count|odd|even)\\b")) {
            lines.add("`count(…)`: how many series there are, one per member or object.");
            return "count(" + selector + ")";
        }
        Optional<String> overTime = overTime(k);
        if (overTime.isPresent() && window.isPresent()) {
            String w = PromDuration.format(window.get());
            lines.add("`" + overTime.get() + "(…[" + w + "])`: over the last " + PromDuration.words(window.get()) + ".");
            return overTime.get() + "(" + selector + "[" + w + "])";
        }
        if (m.help().startsWith("1 when") && k.q().says("\\b(which|any|are there)\\b")) {
            boolean not = ValueMatchers.negated(k.q());
            lines.add("`== " + (not ? 0 : 1) + "`: only the series where that is " + (not ? "not " : "") + "the case.");
            return selector + " == " + (not ? 0 : 1);
        }
        if (m.help().startsWith("1 for") && k.q().says("\\b(which|any|are there|is any|are any)\\b")) {
            lines.add("`== 1`: only the series in that state right now.");
            return selector + " == 1";
        }
        return selector;
    }

    private static Optional<String> overTime(Kitchen k) {
        if (k.q().says("\\b(lowest|minimum|min|barely|at most)\\b")) {
            return Optional.of("min_over_time");
        }
        if (k.q().says("\\b(highest|peak|maximum|max|at least once)\\b")) {
            return Optional.of("max_over_time");
        }
        return k.q().says("\\b(average|mean|typical)\\b") ? Optional.of("avg_over_time") : Optional.empty();
    }

    static Draft share(Kitchen k, Siblings.Ratio ratio, String intent) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(ratio.used(), notes);
        filters.addAll(ValueMatchers.of(k.q(), ratio.capacity()));
        String used = Selector.of(ratio.used().name(), filters);
        List<String> lines = new ArrayList<>();
        lines.add("`" + ratio.used().name() + "`: " + ratio.used().help() + "; `" + ratio.capacity().name() + "`: "
                + ratio.capacity().help() + ".");
        if (counter(ratio.used())) {
            used = Recipes.rate(used, k.rateWindow());
            lines.add(Recipes.explainRate(k.rateWindow()));
        }
        String query = used + " / " + Selector.of(ratio.capacity().name(), filters);
        lines.add("Their ratio is how close it is to the limit, 0 to 1.");
        query = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent, lines);
    }

    static Draft compare(Kitchen k, Siblings.Comparison c, String intent) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(c.left(), notes);
        String matching = "";
        List<String> extra = List.of();
        if (!c.left().labels().isEmpty() && !c.right().labels().isEmpty() && !c.left().labels().equals(c.right().labels())) {
            List<String> common = c.left().labels().stream().filter(c.right()::hasLabel).sorted().toList();
            extra = c.left().labels().stream().filter(l -> !c.right().hasLabel(l)).sorted().toList();
            // several of the first's series (one per extra label value) meet one of the second's: many-to-one
            matching = "on (" + String.join(", ", common) + ") " + (extra.isEmpty() ? "" : "group_left ");
        }
        String query = Selector.of(c.left().name(), filters) + " " + c.op() + " " + matching
                + Selector.of(c.right().name(), filters);
        List<String> lines = new ArrayList<>();
        lines.add("`" + c.left().name() + "`: " + c.left().help() + ".");
        lines.add("`" + c.right().name() + "`: " + c.right().help() + ".");
        if (!extra.isEmpty()) {
            lines.add("`group_left`: each series of the first (one per " + String.join(", ", extra)
                    + ") is compared with the one of the second that has its other labels.");
        }
        lines.add("`" + c.op() + "`: keeps only the series where the first " + switch (c.op()) {
            case "<" -> "is below the second";
            case ">" -> "is above the second";
            case ">=" -> "has reached the second";
            default -> "differs from the second";
        } + ", with the first's value.");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent, lines);
    }
}
