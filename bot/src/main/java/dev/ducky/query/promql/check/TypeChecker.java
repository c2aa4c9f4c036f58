package dev.ducky.query.promql.check;

import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.AggregationOp;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Function;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.SubqueryExpr;
import dev.ducky.query.promql.ast.UnaryExpr;
import dev.ducky.query.promql.ast.ValueType;
import dev.ducky.query.promql.ast.VectorMatching;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.promql.lex.GoText;
import dev.ducky.query.promql.parse.ParseError;
import java.util.Optional;

/**
 * The checks Prometheus runs on a parsed expression (its {@code checkAST}): argument counts and types,
 * operand types of operators and aggregations, vector matching rules, selectors that select everything.
 * Children are checked before their parent, so the first error is the one Prometheus reports.
 */
public final class TypeChecker {
    private final String input;

    private TypeChecker(String input) {
        this.input = input;
    }

    public static Optional<ParseError> check(Expr expr, String input) {
        try {
            new TypeChecker(input).check(expr);
            return Optional.empty();
        } catch (TypeError e) {
            return Optional.of(e.error);
        }
    }

    private ValueType check(Expr node) {
        if (node instanceof AggregateExpr a) {
            aggregate(a);
        } else if (node instanceof BinaryExpr b) {
            binary(b);
        } else if (node instanceof Call c) {
            call(c);
        } else if (node instanceof ParenExpr p) {
            check(p.expr());
        } else if (node instanceof UnaryExpr u) {
            ValueType t = check(u.expr());
            if (t != ValueType.SCALAR && t != ValueType.VECTOR) {
                fail(u.start(), "unary expression only allowed on expressions of type scalar or instant vector, got "
                        + GoText.quote(t.documented()));
            }
        } else if (node instanceof SubqueryExpr s) {
            ValueType t = check(s.expr());
            if (t != ValueType.VECTOR) {
                fail(s.start(), "subquery is only allowed on instant vector, got " + t.internalName() + " instead");
            }
        } else if (node instanceof MatrixSelector m) {
            check(m.selector());
        } else if (node instanceof VectorSelector v) {
            selector(v);
        }
        // Number and string literals need no check.
        return node.type();
    }

    private void aggregate(AggregateExpr a) {
        expect(a.expr(), ValueType.VECTOR, "aggregation expression");
        if (a.op() == AggregationOp.TOPK || a.op() == AggregationOp.BOTTOMK || a.op() == AggregationOp.QUANTILE) {
            expect(a.param(), ValueType.SCALAR, "aggregation parameter");
        } else if (a.op() == AggregationOp.COUNT_VALUES) {
            expect(a.param(), ValueType.STRING, "aggregation parameter");
        }
    }

    private void binary(BinaryExpr b) {
        ValueType lt = check(b.lhs());
        ValueType rt = check(b.rhs());
        if (b.returnBool() && !b.op().isComparison()) {
            fail(operatorStart(b), "bool modifier can only be used on comparison operators");
        }
        if (b.op().isComparison() && !b.returnBool() && lt == ValueType.SCALAR && rt == ValueType.SCALAR) {
            fail(operatorStart(b), "comparisons between scalars must use BOOL modifier");
        }
        VectorMatching m = b.matching();
        VectorMatching.Cardinality card = b.op().isSetOperator() && m.card() == VectorMatching.Cardinality.ONE_TO_ONE
                ? VectorMatching.Cardinality.MANY_TO_MANY : m.card();
        for (String label : m.labels()) {
            if (m.on() && m.include().contains(label)) {
                fail(operatorStart(b), "label " + GoText.quote(label)
                        + " must not occur in ON and GROUP clause at once");
            }
        }
        if (lt != ValueType.SCALAR && lt != ValueType.VECTOR) {
            fail(b.lhs().start(), "binary expression must contain only scalar and instant vector types");
        }
        if (rt != ValueType.SCALAR && rt != ValueType.VECTOR) {
            fail(b.rhs().start(), "binary expression must contain only scalar and instant vector types");
        }
        if (lt != ValueType.VECTOR || rt != ValueType.VECTOR) {
            if (!m.labels().isEmpty()) {
                fail(b.start(), "vector matching only allowed between instant vectors");
            }
        } else if (b.op().isSetOperator()) {
            if (card == VectorMatching.Cardinality.ONE_TO_MANY || card == VectorMatching.Cardinality.MANY_TO_ONE) {
                fail(b.start(), "no grouping allowed for " + GoText.quote(b.op().symbol()) + " operation");
            }
        }
        if ((lt == ValueType.SCALAR || rt == ValueType.SCALAR) && b.op().isSetOperator()) {
            fail(b.start(), "set operator " + GoText.quote(b.op().symbol())
                    + " not allowed in binary scalar expression");
        }
    }

    private void call(Call c) {
        Function f = c.function();
        int declared = f.argTypes().size();
        int given = c.args().size();
        String name = GoText.quote(f.name());
        if (f.variadic() == 0) {
            if (declared != given) {
                fail(c.start(), "expected " + declared + " argument(s) in call to " + name + ", got " + given);
            }
        } else if (declared - 1 > given) {
            fail(c.start(), "expected at least " + (declared - 1) + " argument(s) in call to " + name
                    + ", got " + given);
        } else if (f.variadic() > 0 && declared - 1 + f.variadic() < given) {
            fail(c.start(), "expected at most " + (declared - 1 + f.variadic()) + " argument(s) in call to " + name
                    + ", got " + given);
        }
        for (int i = 0; i < given; i++) {
            if (i >= declared && f.variadic() == 0) {
                break;
            }
            ValueType want = f.argTypes().get(Math.min(i, declared - 1));
            ValueType got = check(c.args().get(i));
            if (got != want) {
                fail(c.args().get(i).start(), "expected type " + want.documented() + " in call to function " + name
                        + ", got " + got.documented());
            }
        }
    }

    private void selector(VectorSelector v) {
        if (!v.name().isEmpty()) {
            for (Matcher m : v.matchers()) {
                if (m.name().equals("__name__")) {
                    fail(v.start(), "metric name must not be set twice: " + GoText.quote(v.name()) + " or "
                            + GoText.quote(m.value()));
                }
            }
            return;
        }
        if (v.matchers().stream().allMatch(Matcher::matchesEmpty)) {
            fail(v.start(), "vector selector must contain at least one non-empty matcher");
        }
    }

    private void expect(Expr node, ValueType want, String context) {
        ValueType got = check(node);
        if (got != want) {
            fail(node.start(), "expected type " + want.documented() + " in " + context + ", got " + got.documented());
        }
    }

    /** Where the operator starts: the first non-space after the left operand, as Prometheus computes it. */
    private int operatorStart(BinaryExpr b) {
        int pos = b.lhs().end();
        while (pos < input.length() && " \t\n\r".indexOf(input.charAt(pos)) >= 0) {
            pos++;
        }
        return pos;
    }

    private static void fail(int pos, String message) {
        throw new TypeError(new ParseError(message, pos));
    }

    private static final class TypeError extends RuntimeException {
        private final transient ParseError error;

        TypeError(ParseError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
