package dev.ducky.query.logql.syntax;

import dev.ducky.query.logql.ast.FilterOp;
import dev.ducky.query.logql.ast.LabelMatcher;
import dev.ducky.query.logql.ast.LogqlExpr.LogQuery;
import dev.ducky.query.logql.ast.MatchOp;
import dev.ducky.query.logql.ast.Stage;
import dev.ducky.query.logql.ast.StreamSelector;
import java.util.ArrayList;
import java.util.List;

/** Stream selectors and the line filters of a log pipeline; other stages are read by {@link StageParser}. */
final class PipelineParser {
    private final TokenCursor in;
    private final StageParser stages;

    PipelineParser(TokenCursor in) {
        this.in = in;
        this.stages = new StageParser(in, this);
    }

    LogQuery logQuery() {
        StreamSelector selector = selector();
        return new LogQuery(selector, stages(new ArrayList<>()), selector.position());
    }

    StreamSelector selector() {
        Token open = in.expect(TokenKind.LEFT_BRACE, "to start a stream selector such as {app=\"checkout\"}");
        if (in.at(TokenKind.RIGHT_BRACE)) {
            throw in.error("a stream selector needs at least one label matcher, e.g. {app=\"checkout\"}");
        }
        List<LabelMatcher> matchers = new ArrayList<>();
        do {
            matchers.add(matcher("in the stream selector"));
        } while (in.accept(TokenKind.COMMA));
        in.expect(TokenKind.RIGHT_BRACE, "to close the stream selector opened at column " + (open.start() + 1));
        return new StreamSelector(matchers, open.start());
    }

    LabelMatcher matcher(String context) {
        Token name = in.expectLabelName(context);
        MatchOp op = switch (in.peek().kind()) {
            case EQ -> MatchOp.EQUAL;
            case NEQ -> MatchOp.NOT_EQUAL;
            case RE -> MatchOp.REGEX;
            case NRE -> MatchOp.NOT_REGEX;
            default -> throw in.error("expected =, !=, =~ or !~ after the label `" + name.text() + "`, found "
                    + in.peek().shown());
        };
        in.next();
        Token value = in.expect(TokenKind.STRING, "as the value of `" + name.text() + "` (label values are quoted)");
        return new LabelMatcher(name.text(), op, LabelFilterParser.literal(value), name.start());
    }

    /** Pipeline stages up to the first token that cannot continue it (an {@code | unwrap} included). */
    List<Stage> stages(List<Stage> into) {
        boolean startsLineFilterGroup = true;
        while (true) {
            FilterOp filter = filterOp(in.peek());
            if (filter != null) {
                into.add(lineFilter(filter, startsLineFilterGroup));
                startsLineFilterGroup = false;
            } else if (in.at(TokenKind.PIPE) && !in.peek(1).isWord("unwrap")) {
                into.add(stages.stageAfterPipe(in.next()));
                startsLineFilterGroup = true;
            } else {
                return into;
            }
        }
    }

    /**
     * {@code |= "a" or "b"}. An {@code ip("…")} term ends the or-chain, except that the first filter after a
     * {@code |} stage may go on once past one: Grafana's grammar has a rule for that position only.
     */
    private Stage.LineFilter lineFilter(FilterOp op, boolean startsGroup) {
        Token opToken = in.next();
        List<Stage.LineFilter.Term> terms = new ArrayList<>();
        int ipLimit = startsGroup ? 2 : 1;
        int ips = 0;
        while (true) {
            Stage.LineFilter.Term term = term(opToken);
            terms.add(term);
            ips += term.ip() ? 1 : 0;
            if (ips >= ipLimit || !in.atWord("or")) {
                break;
            }
            in.next();
        }
        return new Stage.LineFilter(op, terms, opToken.start());
    }

    private Stage.LineFilter.Term term(Token op) {
        if (in.at(TokenKind.STRING)) {
            return new Stage.LineFilter.Term(LabelFilterParser.literal(in.next()), false);
        }
        if (in.peek().text().equals("ip") && in.peek(1).is(TokenKind.LEFT_PAREN)) {
            in.next();
            in.next();
            Token address = in.expect(TokenKind.STRING, "in ip(…), e.g. ip(\"10.0.0.0/8\")");
            in.expect(TokenKind.RIGHT_PAREN, "to close ip(…)");
            return new Stage.LineFilter.Term(LabelFilterParser.literal(address), true);
        }
        throw in.error("expected a quoted string after the line filter " + op.shown() + ", found " + in.peek().shown());
    }

    private static FilterOp filterOp(Token token) {
        return switch (token.kind()) {
            case PIPE_EXACT -> FilterOp.CONTAINS;
            case NEQ -> FilterOp.NOT_CONTAINS;
            case PIPE_MATCH -> FilterOp.MATCHES;
            case NRE -> FilterOp.NOT_MATCHES;
            case PIPE_PATTERN -> FilterOp.PATTERN;
            case NOT_PATTERN -> FilterOp.NOT_PATTERN;
            default -> null;
        };
    }
}
