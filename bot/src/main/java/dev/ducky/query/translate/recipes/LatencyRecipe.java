package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Clarification;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Grouping;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "What's the p99 latency of checkout per route?": a quantile of a duration histogram; the average when they
 * ask for the mean. The 99th percentile unless they name another.
 */
public final class LatencyRecipe implements Recipe {
    @Override
    public String intent() {
        return "latency-quantile";
    }

    @Override
    public int cue(Question q) {
        if (q.says("\\b(latency|latencies|response times?|p\\d{2,3}|percentile|median|round.?trip|rtt)\\b")) {
            return 5;
        }
        return q.says("\\b(slow\\w*|how long|duration|takes? (so )?long|took)\\b") ? 4 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        Optional<MetricInfo> histogram = RequestMetrics.histogram(k);
        if (histogram.isEmpty()) {
            return Optional.empty();
        }
        MetricInfo h = histogram.get();
        if (k.index().score(h, k.q().terms()) <= 0 && !k.subjects().any()) {
            return Optional.of(Clarification.ask("Latency of what — which service or endpoint, or which histogram"
                    + " (for example `" + h.name() + "`)?"));
        }
        return Optional.of(quantile(k, h, intent()));
    }

    /** The quantile (or mean) of a duration histogram, as the question asks. */
    static Draft quantile(Kitchen k, MetricInfo h, String intent) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(h, notes);
        List<String> by = Grouping.labels(k.q(), h);
        String window = "[" + dev.ducky.query.words.PromDuration.format(k.rateWindow()) + "]";
        List<String> lines = new ArrayList<>();
        String query;
        if (k.q().says("\\b(average|mean|avg)\\b")) {
            String sum = Recipes.sum(by, Recipes.rate(Selector.of(h.name() + "_sum", filters), k.rateWindow()));
            String count = Recipes.sum(by, Recipes.rate(Selector.of(h.name() + "_count", filters), k.rateWindow()));
            query = Recipes.ratio(sum, count);
            lines.add("`" + h.name() + "_sum / _count`: total time spent over the number of observations, the mean.");
            lines.add(Recipes.explainRate(k.rateWindow()));
        } else {
            // for an expiry histogram the certificates that matter are the ones expiring first
            double quantile = k.q().shape().quantile().orElse(h.name().contains("expir") ? 0.01 : 0.99);
            String q = String.format(Locale.ROOT, "%s", quantile).replaceAll("0+$", "").replaceAll("\\.$", "");
            List<String> keep = Recipes.with(by, "le");
            query = "histogram_quantile(" + q + ", " + Recipes.sum(keep, Recipes.rate(
                    Selector.of(h.name() + "_bucket", filters), k.rateWindow())) + ")";
            lines.add("`" + Selector.of(h.name() + "_bucket", filters)
                    + "`: the histogram's buckets, one counter per upper bound `le`.");
            lines.add("`rate(…" + window + ")`: how many observations fell in each bucket per second, over the last "
                    + dev.ducky.query.words.PromDuration.words(k.rateWindow()) + ".");
            lines.add("`sum by (" + String.join(", ", keep) + ")`: add up the pods but keep `le`"
                    + (by.isEmpty() ? "" : " and " + String.join(", ", by)) + ", which the quantile needs.");
            lines.add("`histogram_quantile(" + q + ", …)`: the duration " + percent(quantile)
                    + " of observations stay under, estimated within the buckets.");
        }
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent, lines);
    }

    private static String percent(double quantile) {
        double p = Math.round(quantile * 1000) / 10.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
