package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import dev.ducky.query.logql.ast.ParserKind;
import dev.ducky.query.logql.ast.Stage;
import java.util.List;

/**
 * A line filter written after a parser ({@code | json |= "error"}) can go before it: it reads the raw line,
 * not the parsed labels, so filtering first spares parsing the lines it drops. Stages that rewrite the line
 * ({@code line_format}, {@code unpack}, {@code decolorize}) keep the filter where it is.
 */
final class LineFilterAfterParserRule implements LintRule {
    @Override
    public String id() {
        return "line-filter-after-parser";
    }

    @Override
    public List<Lint> check(LogqlExpr expr) {
        for (LogqlExpr.LogQuery query : LogqlTree.logQueries(expr)) {
            Stage.Parser parser = null;
            for (Stage stage : query.stages()) {
                if (rewritesLine(stage)) {
                    parser = null;
                } else if (stage instanceof Stage.Parser found) {
                    parser = parser == null ? found : parser;
                } else if (stage instanceof Stage.LineFilter filter && parser != null) {
                    return List.of(new Lint(id(), "the line filter `" + filter.op().symbol() + " "
                            + filter.terms().get(0).value().raw() + "` comes after `| " + parser.kind().keyword()
                            + "`: line filters read the raw line, so put it before the parser and only the lines it "
                            + "keeps get parsed (recent Loki versions reorder this for you; older ones parse every line)"));
                }
            }
        }
        return List.of();
    }

    private static boolean rewritesLine(Stage stage) {
        return stage instanceof Stage.LineFormat || stage instanceof Stage.Decolorize
                || stage instanceof Stage.Parser parser && parser.kind() == ParserKind.UNPACK;
    }
}
