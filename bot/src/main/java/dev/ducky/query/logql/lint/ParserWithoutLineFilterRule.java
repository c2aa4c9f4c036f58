package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.LabelPredicate;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import dev.ducky.query.logql.ast.ParserKind;
import dev.ducky.query.logql.ast.Stage;
import java.util.List;
import java.util.Optional;

/**
 * {@code | json} or {@code | logfmt} with no line filter before it parses every line of the streams. Ducky
 * cannot see stream volumes offline, so it takes a broad selector (a single matcher, such as a whole app) or
 * a label filter after the parser as the sign that most lines are parsed only to be dropped.
 */
final class ParserWithoutLineFilterRule implements LintRule {
    @Override
    public String id() {
        return "parser-without-line-filter";
    }

    @Override
    public List<Lint> check(LogqlExpr expr) {
        for (LogqlExpr.LogQuery query : LogqlTree.logQueries(expr)) {
            List<Stage> stages = query.stages();
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                if (stage instanceof Stage.LineFilter) {
                    break;
                }
                if (stage instanceof Stage.Parser parser && isFullParser(parser)) {
                    Optional<String> value = filteredValue(stages.subList(i + 1, stages.size()));
                    boolean broad = query.selector().matchers().size() == 1;
                    if (broad || value.isPresent()) {
                        String example = value.map(RegexLiterals::quoted).orElse("\"error\"");
                        return List.of(new Lint(id(), "`| " + parser.kind().keyword() + "` parses every line of `"
                                + query.selector().shown() + "`: a line filter before it, such as `|= " + example
                                + "`, lets Loki skip the lines you do not need before paying for parsing"));
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean isFullParser(Stage.Parser parser) {
        return parser.kind() == ParserKind.JSON || parser.kind() == ParserKind.LOGFMT;
    }

    /** A value a later label filter requires with {@code label="value"}: a good line filter candidate. */
    private static Optional<String> filteredValue(List<Stage> later) {
        for (Stage stage : later) {
            if (stage instanceof Stage.LabelFilter filter
                    && filter.predicate() instanceof LabelPredicate.Comparison comparison
                    && comparison.operator().equals("=") && comparison.kind() == LabelPredicate.ValueKind.STRING
                    && !comparison.value().text().isEmpty() && !comparison.label().startsWith("__")) {
                return Optional.of(comparison.value().text());
            }
        }
        return Optional.empty();
    }
}
