package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.promql.lex.GoText;
import dev.ducky.query.promql.regex.Re2Syntax;
import java.util.List;

/** {@code job=~"api"}: a regex with nothing special in it is an equality, and PromQL regexes are anchored. */
final class RegexCouldBeEquality implements LintRule {
    @Override
    public void check(Expr root, LintContext context, List<Lint> out) {
        for (Expr e : Nodes.preorder(root)) {
            if (!(e instanceof VectorSelector v)) {
                continue;
            }
            for (Matcher m : v.matchers()) {
                if (m.type() != Matcher.MatchType.REGEX && m.type() != Matcher.MatchType.NOT_REGEX) {
                    continue;
                }
                String literal = Re2Syntax.check(m.value()).literal();
                if (literal != null) {
                    String operator = m.type() == Matcher.MatchType.REGEX ? "=" : "!=";
                    String equality = m.name() + operator + GoText.quote(literal);
                    out.add(new Lint("regex-could-be-equality", "`" + m.name() + m.type().symbol()
                            + GoText.quote(m.value()) + "` has no regex syntax in it, and PromQL regexes must "
                            + "match the whole value, so it means `" + equality + "`, which is clearer and cheaper."));
                }
            }
        }
    }
}
