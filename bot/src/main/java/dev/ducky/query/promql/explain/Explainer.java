package dev.ducky.query.promql.explain;

import static dev.ducky.query.promql.explain.Phrases.code;
import static dev.ducky.query.promql.explain.Phrases.labels;
import static dev.ducky.query.promql.explain.Phrases.subject;

import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Durations;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.NumberLiteral;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.StringLiteral;
import dev.ducky.query.promql.ast.SubqueryExpr;
import dev.ducky.query.promql.ast.UnaryExpr;
import dev.ducky.query.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * One short line per part of a query, innermost first, so a reader builds the meaning up the way
 * Prometheus evaluates it: "`rate(…)`: per-second rate over 5m of `http_requests_total` …".
 */
public final class Explainer {
    private Explainer() {
    }

    public static List<String> explain(Expr root) {
        List<String> lines = new ArrayList<>();
        walk(root, root, lines);
        return lines;
    }

    private static void walk(Expr e, Expr root, List<String> lines) {
        if (!(e instanceof MatrixSelector)) {
            for (Expr child : Nodes.children(e)) {
                walk(child, root, lines);
            }
        }
        boolean ownLine = !(e instanceof ParenExpr) && (e == root || !Phrases.isInline(e));
        if (ownLine) {
            lines.add(code(Phrases.snippet(e)) + ": " + describe(e));
        }
    }

    private static String describe(Expr e) {
        if (e instanceof VectorSelector v) {
            String what = v.metric().isEmpty() ? "series" : "series of " + code(v.metric());
            return what + Phrases.where(v) + Phrases.modifiers(v.offsetMillis(), v.at());
        }
        if (e instanceof MatrixSelector m && m.selector() instanceof VectorSelector v) {
            String what = v.metric().isEmpty() ? "the series" : code(v.metric());
            return "samples from the last " + Durations.format(m.rangeMillis()) + " of " + what + Phrases.where(v)
                    + Phrases.modifiers(v.offsetMillis(), v.at());
        }
        if (e instanceof Call c) {
            return CallPhrases.describe(c);
        }
        if (e instanceof AggregateExpr a) {
            return AggregationPhrases.describe(a);
        }
        if (e instanceof BinaryExpr b) {
            return OperatorPhrases.describe(b);
        }
        if (e instanceof SubqueryExpr s) {
            String every = s.stepMillis() == 0 ? "at the default evaluation interval"
                    : "every " + Durations.format(s.stepMillis());
            return subject(s.expr()) + " computed " + every + " over the last " + Durations.format(s.rangeMillis())
                    + " (a subquery)" + Phrases.modifiers(s.offsetMillis(), s.at());
        }
        if (e instanceof UnaryExpr u) {
            return u.negative() ? subject(u.expr()) + " with its sign flipped" : subject(u.expr()) + ", unchanged";
        }
        if (e instanceof NumberLiteral n) {
            return "the number " + PromqlPrinter.number(n.value());
        }
        if (e instanceof StringLiteral s) {
            return "the string " + subject(s);
        }
        return "a range of " + subject(((MatrixSelector) e).selector());
    }

    /** The labels an aggregation keeps, as a phrase: ", per `route`", ", over all series". */
    static String grouping(AggregateExpr a) {
        if (a.without()) {
            return a.grouping().isEmpty() ? ", per series" : ", keeping every label except " + labels(a.grouping());
        }
        return a.grouping().isEmpty() ? ", over all series" : ", per " + labels(a.grouping());
    }
}
