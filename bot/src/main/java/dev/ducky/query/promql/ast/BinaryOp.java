package dev.ducky.query.promql.ast;

/** Binary operators: arithmetic, comparison and set operators. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), POW("^"), ATAN2("atan2"),
    EQLC("=="), NEQ("!="), GTR(">"), LSS("<"), GTE(">="), LTE("<="),
    AND("and"), OR("or"), UNLESS("unless");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isComparison() {
        return ordinal() >= EQLC.ordinal() && ordinal() <= LTE.ordinal();
    }

    public boolean isSetOperator() {
        return this == AND || this == OR || this == UNLESS;
    }
}
