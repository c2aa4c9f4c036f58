package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.MetricKind;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.CatalogIndex;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Grouping;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure counter over its sibling total, for systems that count failures apart from requests:
 * {@code etcd_http_failed_total / etcd_http_received_total}, {@code node_network_receive_errs_total /
 * node_network_receive_packets_total}.
 */
final class FailureShare {
    private static final Pattern FAILURE = Pattern.compile("^(.*?)_?(failed|failures|errors|errs)(_total)?$");
    private static final List<String> TOTALS = List.of("received_total", "requests_total", "packets_total", "total",
            "attempts_total", "sent_total", "started_total", "handled_total");

    private FailureShare() {
    }

    static Optional<Attempt> write(Kitchen k, String intent) {
        return best(k).map(s -> draft(k, s.metric(), sibling(k, s.metric()).orElseThrow(), intent));
    }

    /** How well the best failure counter with a sibling total matches the question; -1 without one. */
    static double score(Kitchen k) {
        return best(k).map(CatalogIndex.Scored::score).orElse(-1.0);
    }

    private static Optional<CatalogIndex.Scored> best(Kitchen k) {
        List<String> beyondFailure = k.q().terms().stream().filter(t -> !t.equals("fail") && !t.equals("rate")).toList();
        return k.rank(m -> m.kind() != MetricKind.GAUGE && FAILURE.matcher(m.name()).matches()).stream()
                .filter(s -> k.index().score(s.metric(), beyondFailure) > 0 && sibling(k, s.metric()).isPresent())
                .findFirst();
    }

    private static Optional<MetricInfo> sibling(Kitchen k, MetricInfo failures) {
        Matcher m = FAILURE.matcher(failures.name());
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1).isEmpty() ? "" : m.group(1) + "_";
        return TOTALS.stream().map(t -> prefix + t).filter(n -> !n.equals(failures.name()))
                .map(k::metric).flatMap(Optional::stream).findFirst();
    }

    private static Attempt draft(Kitchen k, MetricInfo failures, MetricInfo total, String intent) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(failures, notes);
        List<String> by = Grouping.labels(k.q(), failures);
        String numerator = Recipes.sum(by, Recipes.rate(Selector.of(failures.name(), filters), k.rateWindow()));
        String denominator = Recipes.sum(by, Recipes.rate(Selector.of(total.name(), k.filters(total, notes)),
                k.rateWindow()));
        List<String> lines = new ArrayList<>();
        lines.add("`" + failures.name() + "` counts the failures, `" + total.name() + "` everything; their rates divide"
                + " into the failing share (0 to 1).");
        lines.add(Recipes.explainRate(k.rateWindow()));
        if (!by.isEmpty()) {
            lines.add("`sum by (" + String.join(", ", by) + ")`: one share per " + String.join(" and ", by) + ".");
        }
        String query = Recipes.percent(k.q(), Recipes.ratio(numerator, denominator), lines);
        lines.addAll(notes.stream().distinct().toList());
        return new Draft(QueryLanguage.PROMQL, query, intent, lines);
    }
}
