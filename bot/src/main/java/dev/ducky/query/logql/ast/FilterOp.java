package dev.ducky.query.logql.ast;

/** The line filter operators: contains, regex and pattern, each with its negation. */
public enum FilterOp {
    CONTAINS("|="), NOT_CONTAINS("!="), MATCHES("|~"), NOT_MATCHES("!~"), PATTERN("|>"), NOT_PATTERN("!>");

    private final String symbol;

    FilterOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isNegative() {
        return this == NOT_CONTAINS || this == NOT_MATCHES || this == NOT_PATTERN;
    }

    public boolean isRegex() {
        return this == MATCHES || this == NOT_MATCHES;
    }
}
