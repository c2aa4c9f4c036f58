package dev.ducky.query.logql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens the way Grafana's LogQL grammar does: whitespace and {@code #} comments are
 * skipped, the longest operator wins ({@code |=} over {@code |}), strings are double-quoted with backslash
 * escapes or back-quoted raw, and words are identifiers (keywords are decided by the parser, in context).
 */
public final class LogqlLexer {
    private static final List<String> PARSER_FLAGS = List.of("--strict", "--keep-empty");

    private final String query;
    private int at;

    private LogqlLexer(String query) {
        this.query = query;
    }

    /** All tokens of the query, ending with an {@link TokenKind#END} token. */
    public static List<Token> tokenize(String query) {
        return new LogqlLexer(query).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        for (skipSpaceAndComments(); at < query.length(); skipSpaceAndComments()) {
            Token token = next();
            tokens.add(token);
            at = token.end();
        }
        tokens.add(new Token(TokenKind.END, "", query.length()));
        return tokens;
    }

    private void skipSpaceAndComments() {
        while (at < query.length()) {
            char c = query.charAt(at);
            if (c == '#') {
                int newline = query.indexOf('\n', at);
                at = newline < 0 ? query.length() : newline;
            } else if (isWhitespace(c)) {
                at++;
            } else {
                return;
            }
        }
    }

    private Token next() {
        char c = query.charAt(at);
        if (c == '"' || c == '`') {
            return string(c);
        }
        if (NumericLiterals.isDigit(c) || c == '.') {
            Token number = NumericLiterals.scan(query, at);
            if (number != null) {
                return number;
            }
        }
        if (isWordStart(c)) {
            int end = at + 1;
            while (end < query.length() && isWordPart(query.charAt(end))) {
                end++;
            }
            return token(TokenKind.IDENTIFIER, end);
        }
        if (c == '-') {
            return minus();
        }
        TokenKind operator = operator(c, at + 1 < query.length() ? query.charAt(at + 1) : '\0');
        if (operator == null) {
            throw new LogqlSyntaxException("unexpected character `" + c + "`", at);
        }
        return token(operator, at + operatorLength(operator));
    }

    /** A minus starts a parser flag, a negative duration, or is the minus operator. */
    private Token minus() {
        for (String flag : PARSER_FLAGS) {
            if (query.startsWith(flag, at)) {
                return token(TokenKind.PARSER_FLAG, at + flag.length());
            }
        }
        int duration = NumericLiterals.durationEnd(query, at + 1);
        return duration > 0 ? token(TokenKind.DURATION, duration) : token(TokenKind.SUB, at + 1);
    }

    private Token string(char quote) {
        for (int end = at + 1; end < query.length(); end++) {
            char c = query.charAt(end);
            if (c == quote) {
                return token(TokenKind.STRING, end + 1);
            }
            if (quote == '"' && c == '\\') {
                end++; // a backslash escapes whatever follows, even a quote
            } else if (quote == '"' && c == '\n') {
                break;
            }
        }
        String what = quote == '"' ? "this double-quoted string is not closed on its line"
                : "this back-quoted string is never closed";
        throw new LogqlSyntaxException(what + " (a `" + quote + "` inside it must be escaped)", at);
    }

    private static TokenKind operator(char c, char next) {
        return switch (c) {
            case '{' -> TokenKind.LEFT_BRACE;
            case '}' -> TokenKind.RIGHT_BRACE;
            case '(' -> TokenKind.LEFT_PAREN;
            case ')' -> TokenKind.RIGHT_PAREN;
            case '[' -> TokenKind.LEFT_BRACKET;
            case ']' -> TokenKind.RIGHT_BRACKET;
            case ',' -> TokenKind.COMMA;
            case '+' -> TokenKind.ADD;
            case '*' -> TokenKind.MUL;
            case '/' -> TokenKind.DIV;
            case '%' -> TokenKind.MOD;
            case '^' -> TokenKind.POW;
            case '=' -> next == '~' ? TokenKind.RE : next == '=' ? TokenKind.EQL : TokenKind.EQ;
            case '!' -> next == '=' ? TokenKind.NEQ : next == '~' ? TokenKind.NRE : next == '>' ? TokenKind.NOT_PATTERN : null;
            case '|' -> next == '=' ? TokenKind.PIPE_EXACT : next == '~' ? TokenKind.PIPE_MATCH
                    : next == '>' ? TokenKind.PIPE_PATTERN : TokenKind.PIPE;
            case '<' -> next == '=' ? TokenKind.LTE : TokenKind.LSS;
            case '>' -> next == '=' ? TokenKind.GTE : TokenKind.GTR;
            default -> null;
        };
    }

    private static int operatorLength(TokenKind kind) {
        return switch (kind) {
            case RE, EQL, NEQ, NRE, NOT_PATTERN, PIPE_EXACT, PIPE_MATCH, PIPE_PATTERN, LTE, GTE -> 2;
            default -> 1;
        };
    }

    private Token token(TokenKind kind, int end) {
        return new Token(kind, query.substring(at, end), at);
    }

    /** The grammar's whitespace: ASCII spaces and controls \t to \r, NEL, and Unicode's space separators. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || NumericLiterals.isDigit(c);
    }
}
