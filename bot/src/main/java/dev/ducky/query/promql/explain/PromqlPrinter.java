package dev.ducky.query.promql.explain;

import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.AtModifier;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Durations;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.NumberLiteral;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.StringLiteral;
import dev.ducky.query.promql.ast.SubqueryExpr;
import dev.ducky.query.promql.ast.UnaryExpr;
import dev.ducky.query.promql.ast.VectorMatching;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.promql.lex.GoText;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an expression back as PromQL, in Prometheus's canonical spelling. A child may be replaced by a
 * placeholder (e.g. "…" for a part explained on its own line).
 */
public final class PromqlPrinter {
    private final Function<Expr, String> child;

    private PromqlPrinter(Function<Expr, String> child) {
        this.child = child;
    }

    /** The whole expression. */
    public static String print(Expr e) {
        PromqlPrinter printer = new PromqlPrinter(null);
        return printer.write(e);
    }

    /** The expression with each direct child written by {@code child}. */
    public static String printShallow(Expr e, Function<Expr, String> child) {
        return new PromqlPrinter(child).write(e);
    }

    private String sub(Expr e) {
        return child != null ? child.apply(e) : write(e);
    }

    private String write(Expr e) {
        if (e instanceof VectorSelector v) {
            return selector(v) + modifiers(v.offsetMillis(), v.at());
        }
        if (e instanceof MatrixSelector m && m.selector() instanceof VectorSelector v) {
            return selector(v) + "[" + Durations.format(m.rangeMillis()) + "]" + modifiers(v.offsetMillis(), v.at());
        }
        if (e instanceof MatrixSelector m) {
            return sub(m.selector()) + "[" + Durations.format(m.rangeMillis()) + "]";
        }
        if (e instanceof SubqueryExpr s) {
            String step = s.stepMillis() == 0 ? "" : Durations.format(s.stepMillis());
            return sub(s.expr()) + "[" + Durations.format(s.rangeMillis()) + ":" + step + "]"
                    + modifiers(s.offsetMillis(), s.at());
        }
        if (e instanceof Call c) {
            return c.name() + "(" + c.args().stream().map(this::sub).collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof AggregateExpr a) {
            String grouping = a.grouping().isEmpty() && !a.without() ? ""
                    : (a.without() ? " without (" : " by (") + String.join(", ", a.grouping()) + ")";
            String args = a.param() == null ? sub(a.expr()) : sub(a.param()) + ", " + sub(a.expr());
            return a.op().keyword() + grouping + (grouping.isEmpty() ? "(" : " (") + args + ")";
        }
        if (e instanceof BinaryExpr b) {
            return sub(b.lhs()) + " " + operator(b) + " " + sub(b.rhs());
        }
        if (e instanceof ParenExpr p) {
            return "(" + sub(p.expr()) + ")";
        }
        if (e instanceof UnaryExpr u) {
            return (u.negative() ? "-" : "+") + sub(u.expr());
        }
        if (e instanceof NumberLiteral n) {
            return number(n.value());
        }
        return GoText.quote(((StringLiteral) e).value());
    }

    /** {@code > bool on (a) group_left (b)}. */
    static String operator(BinaryExpr b) {
        StringBuilder out = new StringBuilder(b.op().symbol());
        if (b.returnBool()) {
            out.append(" bool");
        }
        VectorMatching m = b.matching();
        if (m.on() || !m.labels().isEmpty()) {
            out.append(m.on() ? " on (" : " ignoring (").append(String.join(", ", m.labels())).append(")");
        }
        if (m.card() == VectorMatching.Cardinality.MANY_TO_ONE || m.card() == VectorMatching.Cardinality.ONE_TO_MANY) {
            out.append(m.card() == VectorMatching.Cardinality.MANY_TO_ONE ? " group_left" : " group_right");
            if (!m.include().isEmpty()) {
                out.append(" (").append(String.join(", ", m.include())).append(")");
            }
        }
        return out.toString();
    }

    static String selector(VectorSelector v) {
        List<Matcher> matchers = v.matchers();
        if (matchers.isEmpty()) {
            return v.name();
        }
        return v.name() + "{" + matchers.stream().map(PromqlPrinter::matcher).collect(Collectors.joining(", ")) + "}";
    }

    static String matcher(Matcher m) {
        return m.name() + m.type().symbol() + GoText.quote(m.value());
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String modifiers(long offsetMillis, AtModifier at) {
        StringBuilder out = new StringBuilder();
        if (offsetMillis != 0) {
            out.append(" offset ").append(Durations.format(offsetMillis));
        }
        if (at != null) {
            out.append(" @ ").append(switch (at.kind()) {
                case START -> "start()";
                case END -> "end()";
                case TIMESTAMP -> number(at.timestampMillis() / 1000.0);
            });
        }
        return out.toString();
    }
}
