package dev.ducky.query.promql.parse;

import dev.ducky.query.promql.ast.AtModifier;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.BinaryOp;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Function;
import dev.ducky.query.promql.ast.Functions;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.NumberLiteral;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.StringLiteral;
import dev.ducky.query.promql.ast.SubqueryExpr;
import dev.ducky.query.promql.ast.UnaryExpr;
import dev.ducky.query.promql.ast.VectorMatching;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.promql.lalr.Grammar;
import dev.ducky.query.promql.lex.GoText;
import dev.ducky.query.promql.lex.Token;
import dev.ducky.query.promql.lex.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PromQL's expression grammar as Prometheus 2.42 writes it for yacc: the same rules in the same order,
 * the same precedence, and the same {@code error} rules, whose actions produce its syntax messages.
 */
final class PromqlGrammar {
    private static final String[] BINARY_OPS = {"ADD", "ATAN2", "DIV", "EQLC", "GTE", "GTR", "LAND", "LOR", "LSS",
        "LTE", "LUNLESS", "MOD", "MUL", "NEQ", "POW", "SUB"};

    private PromqlGrammar() {
    }

    static Grammar<ParseState> build() {
        Grammar.Builder<ParseState> g = Grammar.builder(Arrays.stream(TokenType.values()).map(Enum::name).toList());
        g.left("LOR").left("LAND", "LUNLESS").left("EQLC", "GTE", "GTR", "LSS", "LTE", "NEQ").left("ADD", "SUB")
                .left("MUL", "DIV", "MOD", "ATAN2").right("POW").nonassoc("OFFSET").right("LEFT_BRACKET");

        g.rule("start", "START_EXPRESSION EOF", (s, v) -> {
            s.addError(0, "no expression found in input");
            return null;
        });
        g.rule("start", "START_EXPRESSION expr", (s, v) -> v.get(1));
        g.rule("start", "start EOF", null);
        g.rule("start", "error", (s, v) -> unexpected(s, "", ""));

        g.alternatives("expr", "aggregate_expr", "binary_expr", "function_call", "matrix_selector", "number_literal",
                "offset_expr", "paren_expr", "string_literal", "subquery_expr", "unary_expr", "vector_selector",
                "step_invariant_expr");

        aggregations(g);
        binaryOperations(g);
        functionCalls(g);
        modifiers(g);
        selectors(g);
        keywordsAndLiterals(g);
        return g.build("start");
    }

    private static void aggregations(Grammar.Builder<ParseState> g) {
        g.rule("aggregate_expr", "aggregate_op aggregate_modifier function_call_body",
                (s, v) -> SyntaxActions.aggregate(s, v.get(0), v.get(1), v.get(2)));
        g.rule("aggregate_expr", "aggregate_op function_call_body aggregate_modifier",
                (s, v) -> SyntaxActions.aggregate(s, v.get(0), v.get(2), v.get(1)));
        g.rule("aggregate_expr", "aggregate_op function_call_body",
                (s, v) -> SyntaxActions.aggregate(s, v.get(0), Modifiers.Grouping.NONE, v.get(1)));
        g.rule("aggregate_expr", "aggregate_op error", (s, v) -> unexpected(s, "aggregation", ""));
        g.rule("aggregate_modifier", "BY grouping_labels", (s, v) -> new Modifiers.Grouping(v.get(1), false));
        g.rule("aggregate_modifier", "WITHOUT grouping_labels", (s, v) -> new Modifiers.Grouping(v.get(1), true));
    }

    private static void binaryOperations(Grammar.Builder<ParseState> g) {
        for (String op : BINARY_OPS) {
            BinaryOp kind = binaryOp(op);
            g.rule("binary_expr", "expr " + op + " bin_modifier expr", (s, v) -> {
                Modifiers.Binary mod = v.get(2);
                return new BinaryExpr(kind, v.get(0), v.get(3), mod.matching(), mod.returnBool());
            });
        }
        g.rule("bin_modifier", "group_modifiers", null);
        g.rule("bool_modifier", "", (s, v) -> new Modifiers.Binary(false, VectorMatching.oneToOne()));
        g.rule("bool_modifier", "BOOL", (s, v) -> new Modifiers.Binary(true, VectorMatching.oneToOne()));
        g.rule("on_or_ignoring", "bool_modifier IGNORING grouping_labels",
                (s, v) -> ((Modifiers.Binary) v.get(0)).withMatching(v.get(2), false));
        g.rule("on_or_ignoring", "bool_modifier ON grouping_labels",
                (s, v) -> ((Modifiers.Binary) v.get(0)).withMatching(v.get(2), true));
        g.rule("group_modifiers", "bool_modifier", null);
        g.rule("group_modifiers", "on_or_ignoring", null);
        g.rule("group_modifiers", "on_or_ignoring GROUP_LEFT maybe_grouping_labels",
                (s, v) -> ((Modifiers.Binary) v.get(0)).withGroup(VectorMatching.Cardinality.MANY_TO_ONE, v.get(2)));
        g.rule("group_modifiers", "on_or_ignoring GROUP_RIGHT maybe_grouping_labels",
                (s, v) -> ((Modifiers.Binary) v.get(0)).withGroup(VectorMatching.Cardinality.ONE_TO_MANY, v.get(2)));

        g.rule("grouping_labels", "LEFT_PAREN grouping_label_list RIGHT_PAREN", (s, v) -> v.get(1));
        g.rule("grouping_labels", "LEFT_PAREN grouping_label_list COMMA RIGHT_PAREN", (s, v) -> v.get(1));
        g.rule("grouping_labels", "LEFT_PAREN RIGHT_PAREN", (s, v) -> List.of());
        g.rule("grouping_labels", "error", (s, v) -> unexpected(s, "grouping opts", "\"(\""));
        g.rule("grouping_label_list", "grouping_label_list COMMA grouping_label",
                (s, v) -> append(v.get(0), v.get(2)));
        g.rule("grouping_label_list", "grouping_label", (s, v) -> newList((String) v.get(0)));
        g.rule("grouping_label_list", "grouping_label_list error",
                (s, v) -> unexpected(s, "grouping opts", "\",\" or \")\""));
        g.rule("grouping_label", "maybe_label", (s, v) -> {
            Token label = v.get(0);
            if (!SyntaxActions.isLabel(label.text())) {
                s.unexpected("grouping opts", "label");
            }
            return label.text();
        });
        g.rule("grouping_label", "error", (s, v) -> unexpected(s, "grouping opts", "label"));
    }

    private static void functionCalls(Grammar.Builder<ParseState> g) {
        g.rule("function_call", "IDENTIFIER function_call_body", (s, v) -> {
            Token name = v.get(0);
            Function function = Functions.byName(name.text()).orElse(null);
            if (function == null) {
                s.addError(name.pos(), "unknown function with name " + GoText.quote(name.text()));
            }
            return new Call(name.text(), function, v.get(1), name.pos(), s.lastClosing());
        });
        g.rule("function_call_body", "LEFT_PAREN function_call_args RIGHT_PAREN", (s, v) -> v.get(1));
        g.rule("function_call_body", "LEFT_PAREN RIGHT_PAREN", (s, v) -> List.of());
        g.rule("function_call_args", "function_call_args COMMA expr", (s, v) -> append(v.get(0), v.get(2)));
        g.rule("function_call_args", "expr", (s, v) -> newList((Expr) v.get(0)));
        g.rule("function_call_args", "function_call_args COMMA", (s, v) -> {
            s.addError(((Token) v.get(1)).pos(), "trailing commas not allowed in function call args");
            return v.get(0);
        });
        g.rule("paren_expr", "LEFT_PAREN expr RIGHT_PAREN",
                (s, v) -> new ParenExpr(v.get(1), ((Token) v.get(0)).pos(), ((Token) v.get(2)).end()));
    }

    private static void modifiers(Grammar.Builder<ParseState> g) {
        g.rule("offset_expr", "expr OFFSET duration", (s, v) -> SyntaxActions.offset(s, v.get(0), v.get(2)));
        g.rule("offset_expr", "expr OFFSET SUB duration",
                (s, v) -> SyntaxActions.offset(s, v.get(0), -(long) v.get(3)));
        g.rule("offset_expr", "expr OFFSET error", (s, v) -> unexpected(s, "offset", "duration"));
        g.rule("step_invariant_expr", "expr AT signed_or_unsigned_number",
                (s, v) -> SyntaxActions.timestamp(s, v.get(0), v.get(2)));
        g.rule("step_invariant_expr", "expr AT at_modifier_preprocessors LEFT_PAREN RIGHT_PAREN", (s, v) -> {
            boolean start = ((Token) v.get(2)).type() == TokenType.START;
            AtModifier.Kind kind = start ? AtModifier.Kind.START : AtModifier.Kind.END;
            return SyntaxActions.at(s, v.get(0), new AtModifier(kind, 0));
        });
        g.rule("step_invariant_expr", "expr AT error", (s, v) -> unexpected(s, "@", "timestamp"));
        g.alternatives("at_modifier_preprocessors", "START", "END");

        g.rule("matrix_selector", "expr LEFT_BRACKET duration RIGHT_BRACKET",
                (s, v) -> SyntaxActions.range(s, v.get(0), v.get(1), v.get(2)));
        g.rule("subquery_expr", "expr LEFT_BRACKET duration COLON maybe_duration RIGHT_BRACKET",
                (s, v) -> new SubqueryExpr(v.get(0), v.get(2), v.get(4), 0, null, ((Token) v.get(5)).pos() + 1));
        g.rule("subquery_expr", "expr LEFT_BRACKET duration COLON duration error",
                (s, v) -> unexpected(s, "subquery selector", "\"]\""));
        g.rule("subquery_expr", "expr LEFT_BRACKET duration COLON error",
                (s, v) -> unexpected(s, "subquery selector", "duration or \"]\""));
        g.rule("subquery_expr", "expr LEFT_BRACKET duration error",
                (s, v) -> unexpected(s, "subquery or range", "\":\" or \"]\""));
        g.rule("subquery_expr", "expr LEFT_BRACKET error", (s, v) -> unexpected(s, "subquery selector", "duration"));
        g.rule("unary_expr", "unary_op expr", "MUL", (s, v) -> {
            Token op = v.get(0);
            boolean negative = op.type() == TokenType.SUB;
            if (v.get(1) instanceof NumberLiteral n) {
                return new NumberLiteral(negative ? -n.value() : n.value(), op.pos(), n.end());
            }
            return new UnaryExpr(negative, v.get(1), op.pos());
        });
    }

    private static void selectors(Grammar.Builder<ParseState> g) {
        g.rule("vector_selector", "metric_identifier label_matchers", (s, v) -> {
            Token name = v.get(0);
            Modifiers.Braces braces = v.get(1);
            return new VectorSelector(name.text(), braces.matchers(), 0, null, name.pos(), braces.end());
        });
        g.rule("vector_selector", "metric_identifier", (s, v) -> {
            Token name = v.get(0);
            return new VectorSelector(name.text(), List.of(), 0, null, name.pos(), name.end());
        });
        g.rule("vector_selector", "label_matchers", (s, v) -> {
            Modifiers.Braces braces = v.get(0);
            return new VectorSelector("", braces.matchers(), 0, null, braces.start(), braces.end());
        });
        g.rule("label_matchers", "LEFT_BRACE label_match_list RIGHT_BRACE",
                (s, v) -> braces(v.get(0), v.get(1), v.get(2)));
        g.rule("label_matchers", "LEFT_BRACE label_match_list COMMA RIGHT_BRACE",
                (s, v) -> braces(v.get(0), v.get(1), v.get(3)));
        g.rule("label_matchers", "LEFT_BRACE RIGHT_BRACE", (s, v) -> braces(v.get(0), List.of(), v.get(1)));
        g.rule("label_match_list", "label_match_list COMMA label_matcher", (s, v) -> append(v.get(0), v.get(2)));
        g.rule("label_match_list", "label_matcher", (s, v) -> newList((Matcher) v.get(0)));
        g.rule("label_match_list", "label_match_list error",
                (s, v) -> unexpected(s, "label matching", "\",\" or \"}\""));
        g.rule("label_matcher", "IDENTIFIER match_op STRING",
                (s, v) -> SyntaxActions.matcher(s, v.get(0), v.get(1), v.get(2)));
        g.rule("label_matcher", "IDENTIFIER match_op error", (s, v) -> unexpected(s, "label matching", "string"));
        g.rule("label_matcher", "IDENTIFIER error",
                (s, v) -> unexpected(s, "label matching", "label matching operator"));
        g.rule("label_matcher", "error", (s, v) -> unexpected(s, "label matching", "identifier or \"}\""));
        g.alternatives("metric_identifier", "AVG", "BOTTOMK", "BY", "COUNT", "COUNT_VALUES", "GROUP", "IDENTIFIER",
                "LAND", "LOR", "LUNLESS", "MAX", "METRIC_IDENTIFIER", "MIN", "OFFSET", "QUANTILE", "STDDEV", "STDVAR",
                "SUM", "TOPK", "WITHOUT", "START", "END");
    }

    private static void keywordsAndLiterals(Grammar.Builder<ParseState> g) {
        g.alternatives("aggregate_op", "AVG", "BOTTOMK", "COUNT", "COUNT_VALUES", "GROUP", "MAX", "MIN", "QUANTILE",
                "STDDEV", "STDVAR", "SUM", "TOPK");
        // Inside grouping options keywords may be label names.
        g.alternatives("maybe_label", "AVG", "BOOL", "BOTTOMK", "BY", "COUNT", "COUNT_VALUES", "GROUP", "GROUP_LEFT",
                "GROUP_RIGHT", "IDENTIFIER", "IGNORING", "LAND", "LOR", "LUNLESS", "MAX", "METRIC_IDENTIFIER", "MIN",
                "OFFSET", "ON", "QUANTILE", "STDDEV", "STDVAR", "SUM", "TOPK", "START", "END", "ATAN2");
        g.alternatives("unary_op", "ADD", "SUB");
        g.alternatives("match_op", "EQL", "NEQ", "EQL_REGEX", "NEQ_REGEX");
        g.rule("number_literal", "NUMBER", (s, v) -> {
            Token n = v.get(0);
            return new NumberLiteral(SyntaxActions.number(s, n.text()), n.pos(), n.end());
        });
        g.rule("number", "NUMBER", (s, v) -> SyntaxActions.number(s, ((Token) v.get(0)).text()));
        g.rule("signed_number", "ADD number", (s, v) -> v.get(1));
        g.rule("signed_number", "SUB number", (s, v) -> -(double) v.get(1));
        g.alternatives("signed_or_unsigned_number", "number", "signed_number");
        g.rule("duration", "DURATION", (s, v) -> SyntaxActions.duration(s, v.get(0)));
        g.rule("string_literal", "STRING", (s, v) -> {
            Token t = v.get(0);
            return new StringLiteral(SyntaxActions.unquote(t.text()), t.pos(), t.end());
        });
        g.rule("maybe_duration", "", (s, v) -> 0L);
        g.alternatives("maybe_duration", "duration");
        g.rule("maybe_grouping_labels", "", (s, v) -> List.of());
        g.alternatives("maybe_grouping_labels", "grouping_labels");
    }

    private static Object unexpected(ParseState s, String context, String expected) {
        s.unexpected(context, expected);
        return null;
    }

    private static Modifiers.Braces braces(Token open, List<Matcher> matchers, Token close) {
        return new Modifiers.Braces(matchers, open.pos(), close.end());
    }

    /** A list the grammar grows item by item ({@link #append}); the nodes built from it copy it. */
    private static <T> List<T> newList(T first) {
        List<T> list = new ArrayList<>();
        list.add(first);
        return list;
    }

    /** Grows in place: each value on the parse stack is consumed once, and copying made long lists quadratic. */
    private static <T> List<T> append(List<T> list, T item) {
        list.add(item);
        return list;
    }

    private static BinaryOp binaryOp(String token) {
        return switch (token) {
            case "LAND" -> BinaryOp.AND;
            case "LOR" -> BinaryOp.OR;
            case "LUNLESS" -> BinaryOp.UNLESS;
            default -> BinaryOp.valueOf(token);
        };
    }
}
