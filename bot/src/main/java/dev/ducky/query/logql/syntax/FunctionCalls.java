package dev.ducky.query.logql.syntax;

import dev.ducky.query.logql.ast.Grouping;
import dev.ducky.query.logql.ast.Literal;
import dev.ducky.query.logql.ast.LogRange;
import dev.ducky.query.logql.ast.LogqlExpr;
import java.util.Comparator;
import java.util.stream.Stream;

/** Everything that starts with a word: aggregations, {@code vector(…)} and {@code label_replace(…)}. */
final class FunctionCalls {
    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final LogRangeParser ranges;
    private final GroupingParser groupings;

    FunctionCalls(TokenCursor in, ExpressionParser expressions, LogRangeParser ranges, GroupingParser groupings) {
        this.in = in;
        this.expressions = expressions;
        this.ranges = ranges;
        this.groupings = groupings;
    }

    LogqlExpr call() {
        Token name = in.peek();
        String lower = name.lowerText();
        if (Keywords.VECTOR_OPERATORS.contains(lower)) {
            return vectorAggregation();
        }
        if (Keywords.RANGE_FUNCTIONS.contains(name.text())) {
            return rangeAggregation();
        }
        if (name.text().equals(Keywords.LABEL_AGGREGATION)) {
            return labelAggregation();
        }
        if (lower.equals("vector")) {
            in.next();
            in.expect(TokenKind.LEFT_PAREN, "after vector");
            Token number = in.expect(TokenKind.NUMBER, "in vector(…), e.g. vector(0)");
            in.expect(TokenKind.RIGHT_PAREN, "to close vector(…)");
            return new LogqlExpr.VectorLiteral(number.text(), name.start());
        }
        if (lower.equals("label_replace")) {
            return labelReplace();
        }
        throw in.error(unknown(name));
    }

    private LogqlExpr vectorAggregation() {
        Token name = in.next();
        Grouping grouping = groupings.groupingIfPresent();
        in.expect(TokenKind.LEFT_PAREN, "after " + name.lowerText());
        String parameter = parameter();
        LogqlExpr operand = expressions.metric(name.lowerText() + "(…)");
        in.expect(TokenKind.RIGHT_PAREN, "to close " + name.lowerText() + "(…)");
        if (grouping == null) {
            grouping = groupings.groupingIfPresent();
        }
        return new LogqlExpr.VectorAggregation(name.lowerText(), parameter, operand, grouping, name.start());
    }

    private LogqlExpr rangeAggregation() {
        Token name = in.next();
        in.expect(TokenKind.LEFT_PAREN, "after " + name.text());
        String parameter = parameter();
        LogRange range = ranges.logRange();
        in.expect(TokenKind.RIGHT_PAREN, "to close " + name.text() + "(…)");
        return new LogqlExpr.RangeAggregation(name.text(), parameter, range, groupings.groupingIfPresent(),
                name.start());
    }

    private LogqlExpr labelAggregation() {
        Token name = in.next();
        in.expect(TokenKind.LEFT_PAREN, "after " + name.text());
        Token label = in.expectLabelName("whose distinct values to count");
        in.expect(TokenKind.COMMA, "after the label in " + name.text() + "(…)");
        LogRange range = ranges.logRange();
        in.expect(TokenKind.RIGHT_PAREN, "to close " + name.text() + "(…)");
        return new LogqlExpr.LabelAggregation(name.text(), label.text(), range, groupings.groupingIfPresent(),
                name.start());
    }

    private LogqlExpr labelReplace() {
        Token name = in.next();
        in.expect(TokenKind.LEFT_PAREN, "after label_replace");
        LogqlExpr operand = expressions.metric("label_replace(…)");
        Literal destination = stringArgument("destination label");
        Literal replacement = stringArgument("replacement");
        Literal source = stringArgument("source label");
        Literal regex = stringArgument("regular expression");
        in.expect(TokenKind.RIGHT_PAREN, "to close label_replace(…)");
        return new LogqlExpr.LabelReplace(operand, destination, replacement, source, regex, name.start());
    }

    private Literal stringArgument(String what) {
        in.expect(TokenKind.COMMA, "before the " + what + " of label_replace");
        return LabelFilterParser.literal(in.expect(TokenKind.STRING, "as the " + what + " of label_replace"));
    }

    /** A leading {@code N,} parameter, as in {@code topk(5, …)} or {@code quantile_over_time(0.99, …)}. */
    private String parameter() {
        if (in.at(TokenKind.NUMBER) && in.peek(1).is(TokenKind.COMMA)) {
            String parameter = in.next().text();
            in.next();
            return parameter;
        }
        return null;
    }

    private static String unknown(Token name) {
        String lower = name.lowerText();
        if (Keywords.RANGE_FUNCTIONS.contains(lower) || lower.equals(Keywords.LABEL_AGGREGATION)) {
            return "`" + name.text() + "` must be written in lower case: " + lower;
        }
        if (Keywords.isReserved(name)) {
            return "`" + name.text() + "` cannot start an expression";
        }
        String closest = Stream.of(Keywords.RANGE_FUNCTIONS.stream(), Keywords.VECTOR_OPERATORS.stream(),
                        Stream.of("vector", "label_replace", Keywords.LABEL_AGGREGATION))
                .flatMap(s -> s)
                .min(Comparator.comparingInt((String known) -> editDistance(lower, known)).thenComparing(s -> s))
                .orElseThrow();
        String hint = editDistance(lower, closest) <= Math.max(2, lower.length() / 4) ? " (did you mean " + closest + "?)" : "";
        return "unknown function `" + name.text() + "`" + hint;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
