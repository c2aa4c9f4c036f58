package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.VectorSelector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A metric known to have many series, selected without any label filter: every series is read. */
final class UnfilteredHighCardinality implements LintRule {
    private static final List<MetricGlob> KNOWN = load();

    @Override
    public void check(Expr root, LintContext context, List<Lint> out) {
        for (Expr e : Nodes.preorder(root)) {
            if (e instanceof VectorSelector v && !v.metric().isEmpty() && onlyTheName(v) && isKnown(v.metric())) {
                out.add(new Lint("unfiltered-high-cardinality", "`" + v.metric() + "` is known to have many series, "
                        + "and with no label filter this reads every one of them: narrow it to what you need, e.g. `"
                        + v.metric() + "{job=\"…\"}`."));
            }
        }
    }

    private static boolean onlyTheName(VectorSelector v) {
        return v.matchers().stream().allMatch(m -> m.name().equals("__name__") && m.type() == Matcher.MatchType.EQUAL);
    }

    static boolean isKnown(String metric) {
        return KNOWN.stream().anyMatch(glob -> glob.matches(metric));
    }

    private static List<MetricGlob> load() {
        try (InputStream in = UnfilteredHighCardinality.class
                .getResourceAsStream("/dev/ducky/query/promql/high-cardinality-metrics.txt")) {
            if (in == null) {
                throw new IllegalStateException("high-cardinality-metrics.txt is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(MetricGlob::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
