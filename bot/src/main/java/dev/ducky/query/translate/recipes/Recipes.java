package dev.ducky.query.translate.recipes;

import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Selector;
import dev.ducky.query.words.PromDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PromQL building blocks and explanation lines shared by the recipes, so each recipe reads like its query. */
final class Recipes {
    /** Words that make a question about a resource not about how full it is: its errors, alarms or conditions. */
    static final String NOT_SATURATION = "\\b(errors?|errs|ecc|edac|fail\\w*|alarms?|faults?|conditions?|"
            + "requests?|overcommit\\w*|quotas?)\\b";

    private Recipes() {
    }

    static String rate(String selector, Duration window) {
        return "rate(" + selector + "[" + PromDuration.format(window) + "])";
    }

    static String increase(String selector, Duration window) {
        return "increase(" + selector + "[" + PromDuration.format(window) + "])";
    }

    /** {@code op by (labels) (expr)}, or {@code op(expr)} without labels. */
    static String aggregate(String op, List<String> labels, String expr) {
        return labels.isEmpty() ? op + "(" + expr + ")" : op + " by (" + String.join(", ", labels) + ") (" + expr + ")";
    }

    static String sum(List<String> labels, String expr) {
        return aggregate("sum", labels, expr);
    }

    static String ratio(String numerator, String denominator) {
        return numerator + "\n/\n" + denominator;
    }

    /** The labels, with extra ones appended when missing. */
    static List<String> with(List<String> labels, String... extra) {
        List<String> all = new ArrayList<>(labels);
        for (String e : extra) {
            if (!all.contains(e)) {
                all.add(e);
            }
        }
        return all;
    }

    /** The expression times 100 when the question asks for a percentage. */
    static String percent(Question q, String expr, List<String> lines) {
        if (!q.says("\\b(percent|percentage|pct)\\b|%")) {
            return expr;
        }
        lines.add("`100 * (…)` turns the share into a percentage.");
        return "100 * (\n" + expr + "\n)";
    }

    static String explainRate(Duration window) {
        return "`rate(…[" + PromDuration.format(window) + "])`: per second, averaged over the last "
                + PromDuration.words(window) + " (a counter only grows; its rate is what moves).";
    }

    static String explainIncrease(Duration window) {
        return "`increase(…[" + PromDuration.format(window) + "])`: how much the counter grew in the last "
                + PromDuration.words(window) + ".";
    }

    static String describeFilters(List<Selector.Match> filters) {
        return filters.isEmpty() ? "" : " for " + String.join(", ", filters.stream().map(Selector.Match::toString).toList());
    }

    static Optional<MetricInfo> requestCounter(Kitchen k) {
        return RequestMetrics.counter(k);
    }

    static String statusLabel(MetricInfo counter) {
        return RequestMetrics.statusLabel(counter).orElseThrow();
    }

    /** The labels to keep: what the question groups by, else the given defaults that the metric has. */
    static List<String> groupOr(Kitchen k, MetricInfo metric, String... defaults) {
        List<String> asked = dev.ducky.query.translate.Grouping.labels(k.q(), metric);
        if (!asked.isEmpty()) {
            return asked;
        }
        List<String> labels = new ArrayList<>();
        for (String d : defaults) {
            if (metric.hasLabel(d) || metric.labels().isEmpty()) {
                labels.add(d);
            }
        }
        return labels;
    }
}
