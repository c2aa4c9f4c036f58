package dev.ducky.query.logql.syntax;

/** The kinds of token in LogQL, as Grafana's LogQL grammar splits them. */
public enum TokenKind {
    LEFT_BRACE("{"), RIGHT_BRACE("}"), LEFT_PAREN("("), RIGHT_PAREN(")"), LEFT_BRACKET("["), RIGHT_BRACKET("]"),
    COMMA(","),
    EQ("="), NEQ("!="), RE("=~"), NRE("!~"), EQL("=="), GTR(">"), GTE(">="), LSS("<"), LTE("<="),
    PIPE("|"), PIPE_EXACT("|="), PIPE_MATCH("|~"), PIPE_PATTERN("|>"), NOT_PATTERN("!>"),
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), POW("^"),
    STRING("a quoted string"), NUMBER("a number"), DURATION("a duration such as 5m"),
    BYTES("a byte size such as 10MB"), IDENTIFIER("a name"), PARSER_FLAG("a parser flag"), END("the end of the query");

    private final String shown;

    TokenKind(String shown) {
        this.shown = shown;
    }

    /** How an error message names this kind: the symbol itself, or a description. */
    public String shown() {
        return shown.length() <= 2 ? "`" + shown + "`" : shown;
    }
}
