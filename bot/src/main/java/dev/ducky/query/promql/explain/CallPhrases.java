package dev.ducky.query.promql.explain;

import static dev.ducky.query.promql.explain.Phrases.subject;

import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Durations;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.SubqueryExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Function calls, described from the phrase in {@code functions.tsv}. */
final class CallPhrases {
    // [[a||b]] from functions.tsv; neither part holds a bracket or a pipe, so unclosed brackets are read once.
    private static final Pattern OPTIONAL = Pattern.compile("\\[\\[([^\\[\\]|]*+)\\|\\|([^\\[\\]|]*+)]]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private CallPhrases() {
    }

    static String describe(Call c) {
        if (c.name().equals("histogram_quantile") && c.args().size() == 2) {
            return Phrases.percentile(c.args().get(0)) + " across " + Phrases.code("le") + " buckets"
                    + perGroup(c.args().get(1));
        }
        String phrase = c.function().phrase();
        Matcher optional = OPTIONAL.matcher(phrase);
        StringBuilder resolved = new StringBuilder();
        while (optional.find()) {
            Matcher arg = ARGUMENT.matcher(optional.group(1));
            boolean given = arg.find() && Integer.parseInt(arg.group(1)) < c.args().size();
            String chosen = given ? optional.group(1) : optional.group(2);
            optional.appendReplacement(resolved, Matcher.quoteReplacement(chosen));
        }
        optional.appendTail(resolved);
        String text = resolved.toString().replace("{range}", range(c.args()));
        Matcher arg = ARGUMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (arg.find()) {
            int i = Integer.parseInt(arg.group(1));
            arg.appendReplacement(out, Matcher.quoteReplacement(i < c.args().size() ? subject(c.args().get(i)) : "…"));
        }
        arg.appendTail(out);
        return out.toString();
    }

    private static String range(List<Expr> args) {
        for (Expr a : args) {
            Expr bare = a instanceof ParenExpr p ? p.expr() : a;
            if (bare instanceof MatrixSelector m) {
                return Durations.format(m.rangeMillis());
            }
            if (bare instanceof SubqueryExpr s) {
                return Durations.format(s.rangeMillis());
            }
        }
        return "the range";
    }

    /** Which series a histogram_quantile result is per: what the aggregation of its buckets keeps, but le. */
    private static String perGroup(Expr buckets) {
        Expr bare = buckets;
        while (bare instanceof ParenExpr p) {
            bare = p.expr();
        }
        if (!(bare instanceof AggregateExpr a) || a.op().keepsSeriesLabels()) {
            return ", per series";
        }
        if (a.without()) {
            List<String> dropped = new ArrayList<>(a.grouping());
            dropped.remove("le");
            return dropped.isEmpty() ? ", per series" : ", per series without " + Phrases.labels(dropped);
        }
        List<String> kept = new ArrayList<>(a.grouping());
        kept.remove("le");
        return kept.isEmpty() ? ", over all series" : ", per " + Phrases.labels(kept);
    }
}
