package dev.ducky.query.logql.syntax;

import dev.ducky.query.logql.ast.LabelPredicate;
import dev.ducky.query.logql.ast.LogRange;
import dev.ducky.query.logql.ast.LogqlExpr.LogQuery;
import dev.ducky.query.logql.ast.Stage;
import dev.ducky.query.logql.ast.StreamSelector;
import dev.ducky.query.logql.ast.Unwrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument of a range aggregation: a selector, a pipeline, an {@code | unwrap}, a {@code [range]} and an
 * {@code offset}, in the orders Grafana's grammar lists (the range may come before or after the pipeline;
 * with both a pipeline and an unwrap before the range, no offset may follow).
 */
final class LogRangeParser {
    private final TokenCursor in;
    private final PipelineParser pipeline;
    private final LabelFilterParser labelFilters;

    LogRangeParser(TokenCursor in, PipelineParser pipeline) {
        this.in = in;
        this.pipeline = pipeline;
        this.labelFilters = new LabelFilterParser(in);
    }

    LogRange logRange() {
        if (!in.at(TokenKind.LEFT_PAREN)) {
            StreamSelector selector = pipeline.selector();
            List<Stage> stages = pipeline.stages(new ArrayList<>());
            return afterSelector(selector, stages, atUnwrap() ? unwrap() : null);
        }
        Token open = in.next();
        if (in.at(TokenKind.LEFT_PAREN)) {
            in.enter();
            LogRange inner = logRange();
            in.expect(TokenKind.RIGHT_PAREN, "to close the parenthesis opened at column " + (open.start() + 1));
            in.leave();
            return inner;
        }
        StreamSelector selector = pipeline.selector();
        List<Stage> stages = pipeline.stages(new ArrayList<>());
        Unwrap unwrap = atUnwrap() ? unwrap() : null;
        if (in.at(TokenKind.LEFT_BRACKET)) {
            LogRange inner = afterSelector(selector, stages, unwrap);
            in.expect(TokenKind.RIGHT_PAREN, "to close the parenthesis opened at column " + (open.start() + 1));
            return inner;
        }
        if (!stages.isEmpty() && unwrap != null) {
            throw in.error("put the range [..] inside the parentheses when they hold both a pipeline and an unwrap");
        }
        in.expect(TokenKind.RIGHT_PAREN, "or a range such as [5m] after the log query");
        Token range = range();
        String offset = offset();
        if (stages.isEmpty() && unwrap == null && atUnwrap()) {
            unwrap = unwrap();
        }
        return new LogRange(query(selector, stages), range.text(), offset, unwrap, range.start());
    }

    private LogRange afterSelector(StreamSelector selector, List<Stage> stages, Unwrap unwrap) {
        Token range = range();
        String offset = null;
        if (stages.isEmpty() && unwrap == null) {
            offset = offset();
            pipeline.stages(stages);
            unwrap = atUnwrap() ? unwrap() : null;
        } else if (stages.isEmpty() || unwrap == null) {
            offset = offset();
        } else if (in.atWord("offset")) {
            throw in.error("after a pipeline and an unwrap, Grafana's LogQL grammar takes no offset: put the range "
                    + "and offset right after the selector, e.g. {…}[5m] offset 1h | json | unwrap latency");
        }
        return new LogRange(query(selector, stages), range.text(), offset, unwrap, range.start());
    }

    private Token range() {
        Token open = in.expect(TokenKind.LEFT_BRACKET, "with the range to aggregate over, such as [5m]");
        Token duration = in.expect(TokenKind.DURATION, "in the range");
        in.expect(TokenKind.RIGHT_BRACKET, "to close the range opened at column " + (open.start() + 1));
        return duration;
    }

    private String offset() {
        if (!in.atWord("offset")) {
            return null;
        }
        in.next();
        return in.expect(TokenKind.DURATION, "after offset (a duration such as 1h)").text();
    }

    private boolean atUnwrap() {
        return in.at(TokenKind.PIPE) && in.peek(1).isWord("unwrap");
    }

    private Unwrap unwrap() {
        int at = in.next().start();
        in.next();
        String conversion = null;
        Token label;
        if (Keywords.CONVERSIONS.contains(in.peek().text()) && in.peek(1).is(TokenKind.LEFT_PAREN)) {
            conversion = in.next().text();
            in.next();
            label = in.expectLabelName("to unwrap");
            in.expect(TokenKind.RIGHT_PAREN, "to close " + conversion + "(…)");
        } else {
            label = in.expectLabelName("to unwrap (its value becomes the sample)");
        }
        List<LabelPredicate> filters = new ArrayList<>();
        while (in.accept(TokenKind.PIPE)) {
            filters.add(labelFilters.predicate());
        }
        return new Unwrap(conversion, label.text(), filters, at);
    }

    private static LogQuery query(StreamSelector selector, List<Stage> stages) {
        return new LogQuery(selector, stages, selector.position());
    }
}
