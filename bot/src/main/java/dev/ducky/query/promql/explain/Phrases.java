package dev.ducky.query.promql.explain;

import dev.ducky.query.promql.ast.AtModifier;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.Durations;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.NumberLiteral;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.StringLiteral;
import dev.ducky.query.promql.ast.SubqueryExpr;
import dev.ducky.query.promql.ast.UnaryExpr;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.promql.lex.GoText;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Small pieces of explanation text: how to name a part, a list of labels, a percentile, a time. */
final class Phrases {
    private Phrases() {
    }

    static String code(String text) {
        return "`" + text + "`";
    }

    /** How to refer to a part inside another part's line: its metric, its value, or its (short) text. */
    static String subject(Expr e) {
        if (e instanceof ParenExpr p) {
            return subject(p.expr());
        }
        if (e instanceof MatrixSelector m && m.selector() instanceof VectorSelector v) {
            return subject(v);
        }
        if (e instanceof SubqueryExpr s) {
            return subject(s.expr());
        }
        if (e instanceof VectorSelector v) {
            return code(v.metric().isEmpty() ? PromqlPrinter.selector(v) : v.metric());
        }
        if (e instanceof NumberLiteral n) {
            return PromqlPrinter.number(n.value());
        }
        if (e instanceof StringLiteral s) {
            return GoText.quote(s.value());
        }
        return code(snippet(e));
    }

    /** A part's own text with the parts explained on their own lines shown as "…". */
    static String snippet(Expr e) {
        return PromqlPrinter.printShallow(e, child -> isInline(child) ? PromqlPrinter.print(child) : "…");
    }

    /**
     * Literals, and arithmetic on nothing but literals, are shown where they are used, not on their own line.
     * Asked of every part, so it walks with a stack of its own rather than recursing through streams.
     */
    static boolean isInline(Expr e) {
        Deque<Expr> parts = new ArrayDeque<>(List.of(e));
        while (!parts.isEmpty()) {
            Expr part = parts.pop();
            if (part instanceof NumberLiteral || part instanceof StringLiteral) {
                continue;
            }
            if (!(part instanceof ParenExpr || part instanceof UnaryExpr || part instanceof BinaryExpr)) {
                return false;
            }
            Nodes.children(part).forEach(parts::push);
        }
        return true;
    }

    /** "`a`, `b` and `c`". */
    static String labels(List<String> names) {
        List<String> coded = names.stream().map(Phrases::code).toList();
        if (coded.size() <= 1) {
            return String.join("", coded);
        }
        return String.join(", ", coded.subList(0, coded.size() - 1)) + " and " + coded.get(coded.size() - 1);
    }

    /** "where `job` is `api` and `code` matches `5..`", or "" when nothing but the name is matched. */
    static String where(VectorSelector v) {
        List<String> parts = new ArrayList<>();
        for (Matcher m : v.matchers()) {
            boolean isName = m.name().equals("__name__") && m.type() == Matcher.MatchType.EQUAL && v.name().isEmpty();
            if (isName) {
                continue;
            }
            String label = code(m.name());
            parts.add(switch (m.type()) {
                case EQUAL -> m.value().isEmpty() ? label + " is empty or missing" : label + " is " + code(m.value());
                case NOT_EQUAL -> m.value().isEmpty() ? label + " is set" : label + " is not " + code(m.value());
                case REGEX -> label + " matches " + code(m.value());
                case NOT_REGEX -> label + " does not match " + code(m.value());
            });
        }
        if (parts.isEmpty()) {
            return "";
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return " where " + joined;
    }

    /** ", as they were 1h earlier, at 2021-01-04T07:40:00Z". */
    static String modifiers(long offsetMillis, AtModifier at) {
        StringBuilder out = new StringBuilder();
        if (offsetMillis > 0) {
            out.append(", as they were ").append(Durations.format(offsetMillis)).append(" earlier");
        } else if (offsetMillis < 0) {
            out.append(", as they were ").append(Durations.format(-offsetMillis)).append(" later");
        }
        if (at != null) {
            out.append(switch (at.kind()) {
                case START -> ", at the start of the graph's time range";
                case END -> ", at the end of the graph's time range";
                case TIMESTAMP -> ", at " + Instant.ofEpochMilli(at.timestampMillis());
            });
        }
        return out.toString();
    }

    /** "99th percentile", "50th percentile (the median)", "99.9th percentile"; a non-literal as "quantile `q`". */
    static String percentile(Expr q) {
        Expr bare = q instanceof ParenExpr p ? p.expr() : q;
        if (!(bare instanceof NumberLiteral n)) {
            return "quantile " + subject(q);
        }
        if (n.value() < 0 || n.value() > 1) {
            return "quantile " + PromqlPrinter.number(n.value()) + " (outside 0 to 1, so -Inf or +Inf)";
        }
        String percent = PromqlPrinter.number(Math.round(n.value() * 100_000) / 1000.0);
        String suffix = percent.endsWith("1") && !percent.endsWith("11") ? "st"
                : percent.endsWith("2") && !percent.endsWith("12") ? "nd"
                : percent.endsWith("3") && !percent.endsWith("13") ? "rd" : "th";
        return percent + suffix + " percentile" + (n.value() == 0.5 ? " (the median)" : "");
    }
}
