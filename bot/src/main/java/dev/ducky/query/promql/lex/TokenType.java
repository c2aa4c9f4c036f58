package dev.ducky.query.promql.lex;

import java.util.Locale;

/**
 * The lexical items of PromQL, in the order Prometheus 2.42 declares them. The order matters: the parser
 * tables break ties between equally frequent default reductions by it, as yacc does.
 */
public enum TokenType {
    EQL("="), BLANK("_"), COLON(":"), COMMA(","), COMMENT(null), DURATION(null), EOF(null), ERROR(null),
    IDENTIFIER(null), LEFT_BRACE("{"), LEFT_BRACKET("["), LEFT_PAREN("("), METRIC_IDENTIFIER(null), NUMBER(null),
    RIGHT_BRACE("}"), RIGHT_BRACKET("]"), RIGHT_PAREN(")"), SEMICOLON(";"), SPACE("<space>"), STRING(null),
    TIMES("x"),
    // Operators.
    ADD("+"), DIV("/"), EQLC("=="), EQL_REGEX("=~"), GTE(">="), GTR(">"), LAND("and"), LOR("or"), LSS("<"),
    LTE("<="), LUNLESS("unless"), MOD("%"), MUL("*"), NEQ("!="), NEQ_REGEX("!~"), POW("^"), SUB("-"), AT("@"),
    ATAN2("atan2"),
    // Aggregators.
    AVG("avg"), BOTTOMK("bottomk"), COUNT("count"), COUNT_VALUES("count_values"), GROUP("group"), MAX("max"),
    MIN("min"), QUANTILE("quantile"), STDDEV("stddev"), STDVAR("stdvar"), SUM("sum"), TOPK("topk"),
    // Keywords.
    BOOL("bool"), BY("by"), GROUP_LEFT("group_left"), GROUP_RIGHT("group_right"), IGNORING("ignoring"),
    OFFSET("offset"), ON("on"), WITHOUT("without"),
    // Preprocessors of the @ modifier.
    START("start"), END("end"),
    // Injected first, to choose the expression grammar.
    START_EXPRESSION(null);

    private final String text;

    TokenType(String text) {
        this.text = text;
    }

    /** The fixed spelling of this item, or null for items whose text varies (numbers, names, strings). */
    public String text() {
        return text;
    }

    public boolean isOperator() {
        return ordinal() >= ADD.ordinal() && ordinal() <= ATAN2.ordinal();
    }

    public boolean isAggregator() {
        return ordinal() >= AVG.ordinal() && ordinal() <= TOPK.ordinal();
    }

    public boolean isKeyword() {
        return ordinal() >= BOOL.ordinal() && ordinal() <= WITHOUT.ordinal();
    }

    /** The word this item is when a keyword, operator word, aggregator or preprocessor; else null. */
    static TokenType keyword(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> LAND;
            case "or" -> LOR;
            case "unless" -> LUNLESS;
            case "atan2" -> ATAN2;
            case "sum" -> SUM;
            case "avg" -> AVG;
            case "count" -> COUNT;
            case "min" -> MIN;
            case "max" -> MAX;
            case "group" -> GROUP;
            case "stddev" -> STDDEV;
            case "stdvar" -> STDVAR;
            case "topk" -> TOPK;
            case "bottomk" -> BOTTOMK;
            case "count_values" -> COUNT_VALUES;
            case "quantile" -> QUANTILE;
            case "offset" -> OFFSET;
            case "by" -> BY;
            case "without" -> WITHOUT;
            case "on" -> ON;
            case "ignoring" -> IGNORING;
            case "group_left" -> GROUP_LEFT;
            case "group_right" -> GROUP_RIGHT;
            case "bool" -> BOOL;
            case "start" -> START;
            case "end" -> END;
            case "inf", "nan" -> NUMBER;
            default -> null;
        };
    }
}
