package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.LogqlExpr;
import java.util.List;

/** Advice that teaches LogQL, for a query Loki would accept. */
public final class LogqlLinter {
    private static final List<LintRule> RULES = List.of(new RegexMatcherRule(), new RegexLineFilterRule(),
            new LineFilterAfterParserRule(), new ParserWithoutLineFilterRule(), new ShortRangeRule(),
            new UnwrapErrorFilterRule());

    private LogqlLinter() {
    }

    public static List<Lint> lint(LogqlExpr expr) {
        return RULES.stream().flatMap(rule -> rule.check(expr).stream()).toList();
    }

    /** The ids of every rule, for documentation and tests. */
    public static List<String> ruleIds() {
        return RULES.stream().map(LintRule::id).toList();
    }
}
