package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.LabelMatcher;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import dev.ducky.query.logql.ast.MatchOp;
import java.util.List;
import java.util.Optional;

/** {@code {app=~"checkout"}} is an anchored regex for one fixed value: {@code app="checkout"} says it plainly. */
final class RegexMatcherRule implements LintRule {
    @Override
    public String id() {
        return "regex-matcher-could-be-equality";
    }

    @Override
    public List<Lint> check(LogqlExpr expr) {
        for (LogqlExpr.LogQuery query : LogqlTree.logQueries(expr)) {
            for (LabelMatcher matcher : query.selector().matchers()) {
                Optional<String> literal = matcher.op().isRegex()
                        ? RegexLiterals.literalOf(matcher.value().text()) : Optional.empty();
                if (literal.isPresent()) {
                    String plain = matcher.name() + (matcher.op() == MatchOp.REGEX ? "=" : "!=")
                            + RegexLiterals.quoted(literal.get());
                    return List.of(new Lint(id(), "`" + matcher.shown() + "` matches exactly one value (label regexes "
                            + "match the whole value): `" + plain + "` is clearer and lets Loki find the streams faster"));
                }
            }
        }
        return List.of();
    }
}
