package dev.ducky.query.promql.ast;

/** A PromQL expression; positions are 0-based char indexes into the query, {@code end} exclusive. */
public sealed interface Expr permits AggregateExpr, BinaryExpr, Call, MatrixSelector, NumberLiteral, ParenExpr,
        StringLiteral, SubqueryExpr, UnaryExpr, VectorSelector {
    int start();

    int end();

    ValueType type();
}
