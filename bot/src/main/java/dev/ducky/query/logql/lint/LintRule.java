package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.LogqlExpr;
import java.util.List;

/** One piece of advice about a valid query; each rule fires at most once per query. */
interface LintRule {
    /** A stable kebab-case id, as in {@link Lint#rule()}. */
    String id();

    /** The advice for this query, or empty when it does not apply. */
    List<Lint> check(LogqlExpr expr);
}
