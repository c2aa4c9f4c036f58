package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.FilterOp;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import dev.ducky.query.logql.ast.Stage;
import java.util.List;
import java.util.Optional;

/** {@code |~ "timeout"} spells out a fixed string: {@code |= "timeout"} does the same without a regex engine. */
final class RegexLineFilterRule implements LintRule {
    @Override
    public String id() {
        return "regex-line-filter-could-be-contains";
    }

    @Override
    public List<Lint> check(LogqlExpr expr) {
        for (LogqlExpr.LogQuery query : LogqlTree.logQueries(expr)) {
            for (Stage stage : query.stages()) {
                if (stage instanceof Stage.LineFilter filter && filter.op().isRegex() && filter.terms().size() == 1
                        && !filter.terms().get(0).ip()) {
                    String regex = filter.terms().get(0).value().text();
                    Optional<String> literal = RegexLiterals.literalOf(regex);
                    if (literal.isPresent()) {
                        String plain = filter.op() == FilterOp.MATCHES ? "|=" : "!=";
                        return List.of(new Lint(id(), "`" + filter.op().symbol() + " " + filter.terms().get(0).value().raw()
                                + "` uses no regex syntax: `" + plain + " " + RegexLiterals.quoted(literal.get())
                                + "` finds the same lines and is faster (no regex engine per line)"));
                    }
                }
            }
        }
        return List.of();
    }
}
