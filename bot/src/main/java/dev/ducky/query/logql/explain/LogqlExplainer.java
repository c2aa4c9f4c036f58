package dev.ducky.query.logql.explain;

import static dev.ducky.query.logql.explain.PipelineExplainer.code;

import dev.ducky.query.logql.ast.BinaryModifier;
import dev.ducky.query.logql.ast.BinaryOp;
import dev.ducky.query.logql.ast.Grouping;
import dev.ducky.query.logql.ast.LogRange;
import dev.ducky.query.logql.ast.LogqlExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One short line per part of a query, in the order the data flows: the streams read, each pipeline stage,
 * then each aggregation or operation applied to the result ("per-second rate over 5m", "summed per `level`").
 */
public final class LogqlExplainer {
    private LogqlExplainer() {
    }

    public static List<String> explain(LogqlExpr expr) {
        List<String> lines = new ArrayList<>();
        Deque<Object> work = new ArrayDeque<>(List.of(expr));
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof LogqlExpr part) {
                explain(part, lines, work);
            } else {
                ((Runnable) next).run();
            }
        }
        return List.copyOf(lines);
    }

    /**
     * Explains a part: a leaf at once; an operation by pushing its own line, then its operands above it, so that
     * the operands' lines come first. A stack of work rather than recursion, as operations may nest deeply.
     */
    private static void explain(LogqlExpr expr, List<String> lines, Deque<Object> work) {
        if (expr instanceof LogqlExpr.LogQuery query) {
            PipelineExplainer.explain(query, lines);
        } else if (expr instanceof LogqlExpr.RangeAggregation aggregation) {
            logRange(aggregation.range(), lines);
            lines.add(RangeFunctions.describe(aggregation) + over(aggregation.range()) + grouping(aggregation.grouping()));
        } else if (expr instanceof LogqlExpr.LabelAggregation aggregation) {
            logRange(aggregation.range(), lines);
            lines.add("approximate number of distinct " + code(aggregation.label()) + " values" + over(aggregation.range())
                    + grouping(aggregation.grouping()));
        } else if (expr instanceof LogqlExpr.VectorAggregation aggregation) {
            work.push((Runnable) () -> lines.add(VectorOperators.describe(aggregation) + (aggregation.grouping() == null
                    ? VectorOperators.acrossAll(aggregation) : grouping(aggregation.grouping()))));
            work.push(aggregation.operand());
        } else if (expr instanceof LogqlExpr.BinaryOperation operation) {
            binary(operation, lines, work);
        } else if (expr instanceof LogqlExpr.LabelReplace replace) {
            work.push((Runnable) () -> lines.add("label " + code(replace.destination().text()) + " set to "
                    + code(replace.replacement().text()) + " where " + code(replace.source().text()) + " matches "
                    + code(replace.regex().text())));
            work.push(replace.operand());
        } else if (expr instanceof LogqlExpr.VectorLiteral vector) {
            lines.add("the constant " + vector.number() + " at every step, as a series without labels");
        } else if (expr instanceof LogqlExpr.NumberLiteral number) {
            lines.add("the number " + number.text());
        }
    }

    private static void binary(LogqlExpr.BinaryOperation operation, List<String> lines, Deque<Object> work) {
        String matching = matching(operation.modifier());
        if (operation.right() instanceof LogqlExpr.NumberLiteral number) {
            work.push((Runnable) () -> lines.add(BinaryPhrases.withNumber(operation, number.text()) + matching));
            work.push(operation.left());
        } else if (operation.left() instanceof LogqlExpr.NumberLiteral number) {
            work.push((Runnable) () -> lines.add(BinaryPhrases.numberWith(operation, number.text()) + matching));
            work.push(operation.right());
        } else if (operation.right() instanceof LogqlExpr.VectorLiteral vector && operation.op() == BinaryOp.OR) {
            work.push((Runnable) () -> lines.add(vector.number() + " where there is no data (or vector("
                    + vector.number() + "))"));
            work.push(operation.left());
        } else {
            work.push((Runnable) () -> lines.add(BinaryPhrases.between(operation) + matching));
            work.push(operation.right());
            work.push(operation.left());
        }
    }

    private static void logRange(LogRange range, List<String> lines) {
        PipelineExplainer.explain(range.query(), lines);
        if (range.unwrap() != null) {
            PipelineExplainer.explain(range.unwrap(), lines);
        }
    }

    private static String over(LogRange range) {
        return " over " + range.range() + (range.offset() == null ? "" : ", " + range.offset() + " earlier");
    }

    static String grouping(Grouping grouping) {
        if (grouping == null) {
            return "";
        }
        String labels = String.join("`, `", grouping.labels());
        if (grouping.without()) {
            return labels.isEmpty() ? ", keeping every label" : ", per every label but `" + labels + "`";
        }
        return labels.isEmpty() ? ", into one series" : ", per `" + labels + "`";
    }

    private static String matching(BinaryModifier modifier) {
        if (modifier.matching() == null) {
            return "";
        }
        String labels = String.join("`, `", modifier.matchingLabels());
        String matched = modifier.matching().equals("on")
                ? (labels.isEmpty() ? ", matching every series with every other" : ", matching series on `" + labels + "`")
                : (labels.isEmpty() ? ", matching on all labels" : ", matching series on all labels but `" + labels + "`");
        if (modifier.group() == null) {
            return matched;
        }
        String side = modifier.group().equals("group_left") ? "left" : "right";
        String include = modifier.includeLabels().isEmpty() ? ""
                : ", copying `" + String.join("`, `", modifier.includeLabels()) + "` from the other side";
        return matched + ", many " + side + " series per match (" + modifier.group() + ")" + include;
    }
}
