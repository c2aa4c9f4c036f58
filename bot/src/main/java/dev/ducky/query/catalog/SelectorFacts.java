package dev.ducky.query.catalog;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.promql.PromqlParser;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a team's own queries teach the catalog: which metrics exist, which labels they carry, and which values
 * those labels take ({@code service="checkout"}); for LogQL, which stream labels name services.
 */
public final class SelectorFacts {
    private static final Pattern PLAIN_ALTERNATIVES = Pattern.compile("[A-Za-z0-9_.-]+(\\|[A-Za-z0-9_.-]+)*");
    // A label name starts a word; the quoted value is read as runs between escapes, each character once.
    private static final Pattern STREAM_MATCHER = Pattern.compile(
            "(?<![a-zA-Z0-9_])([a-zA-Z_][a-zA-Z0-9_]*+)\\s*+=\\s*+\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");

    private SelectorFacts() {
    }

    /** The metrics a valid PromQL query selects, with the labels and values its matchers name; empty if invalid. */
    public static List<MetricInfo> promql(String query) {
        PromqlParser.Parsed parsed = PromqlParser.parse(query);
        if (parsed.expr() == null) {
            return List.of();
        }
        List<MetricInfo> metrics = new ArrayList<>();
        for (var node : Nodes.preorder(parsed.expr())) {
            if (node instanceof VectorSelector v && !v.metric().isEmpty()) {
                metrics.add(family(v));
            }
        }
        return metrics;
    }

    private static MetricInfo family(VectorSelector v) {
        String name = v.metric();
        MetricKind kind = MetricKind.UNKNOWN;
        Set<String> labels = new LinkedHashSet<>();
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (Matcher m : v.matchers()) {
            if (m.name().equals("__name__")) {
                continue;
            }
            labels.add(m.name());
            if (m.type() == Matcher.MatchType.EQUAL && !m.value().isEmpty()) {
                values.computeIfAbsent(m.name(), l -> new LinkedHashSet<>()).add(m.value());
            } else if (m.type() == Matcher.MatchType.REGEX && PLAIN_ALTERNATIVES.matcher(m.value()).matches()) {
                values.computeIfAbsent(m.name(), l -> new LinkedHashSet<>()).addAll(List.of(m.value().split("\\|")));
            }
        }
        if (name.endsWith("_bucket")) {
            name = name.substring(0, name.length() - "_bucket".length());
            kind = MetricKind.HISTOGRAM;
            labels.remove("le");
            values.remove("le");
        } else if (name.endsWith("_total")) {
            kind = MetricKind.COUNTER;
        }
        return new MetricInfo(name, kind, "", labels, values);
    }

    /** The label values a valid LogQL query's stream selectors name. */
    public static Map<String, Set<String>> logql(String query) {
        ParseResult result = QueryLanguage.LOGQL.parser().check(query);
        Map<String, Set<String>> values = new LinkedHashMap<>();
        if (!result.valid()) {
            return values;
        }
        for (String selector : result.metrics()) {
            var m = STREAM_MATCHER.matcher(selector);
            while (m.find()) {
                values.computeIfAbsent(m.group(1), l -> new LinkedHashSet<>()).add(m.group(2));
            }
        }
        return values;
    }
}
