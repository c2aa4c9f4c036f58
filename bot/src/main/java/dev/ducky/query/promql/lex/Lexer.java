package dev.ducky.query.promql.lex;

/**
 * PromQL's lexer, reproducing Prometheus 2.42's: the same items, the same error messages and the same
 * error positions (the start of the item being read). Comments are skipped. After an error or the end of
 * input it keeps returning {@code EOF}.
 */
public final class Lexer {
    private static final int EOF_RUNE = -1;
    private static final String DIGITS = "0123456789";
    private static final String HEX_DIGITS = "0123456789abcdefABCDEF";

    private final String input;
    private int pos;
    private int start;
    private int width;
    private int parenDepth;
    private boolean braceOpen;
    private boolean bracketOpen;
    private boolean gotColon;
    private boolean durationNext;
    private boolean finished;

    public Lexer(String input) {
        this.input = input;
    }

    public String input() {
        return input;
    }

    /** The next item; an {@code ERROR} item carries the message and ends the scan. */
    public Token next() {
        if (finished) {
            return emit(TokenType.EOF);
        }
        if (durationNext) {
            durationNext = false;
            return duration();
        }
        while (true) {
            if (braceOpen) {
                Token inside = insideBraces();
                if (inside != null) {
                    return inside;
                }
                continue;
            }
            if (input.startsWith("#", pos)) {
                skipComment();
                continue;
            }
            int r = nextRune();
            if (isSpace(r)) {
                skipSpaces();
                continue;
            }
            return statement(r);
        }
    }

    private Token statement(int r) {
        switch (r) {
            case EOF_RUNE:
                if (parenDepth != 0) {
                    return error("unclosed left parenthesis");
                }
                if (bracketOpen) {
                    return error("unclosed left bracket");
                }
                finished = true;
                return emit(TokenType.EOF);
            case ',': return emit(TokenType.COMMA);
            case '*': return emit(TokenType.MUL);
            case '/': return emit(TokenType.DIV);
            case '%': return emit(TokenType.MOD);
            case '+': return emit(TokenType.ADD);
            case '-': return emit(TokenType.SUB);
            case '^': return emit(TokenType.POW);
            case '@': return emit(TokenType.AT);
            case '=': return equals();
            case '!': {
                int t = nextRune();
                return t == '=' ? emit(TokenType.NEQ) : error("unexpected character after '!': " + GoText.quoteRune(t));
            }
            case '<': return emit(accept("=") ? TokenType.LTE : TokenType.LSS);
            case '>': return emit(accept("=") ? TokenType.GTE : TokenType.GTR);
            case '"', '\'': return string(r);
            case '`': return rawString();
            case '(':
                parenDepth++;
                return emit(TokenType.LEFT_PAREN);
            case ')': {
                Token paren = emit(TokenType.RIGHT_PAREN);
                // Prometheus emits the parenthesis, then overwrites it with the error at the next position.
                return --parenDepth < 0 ? error("unexpected right parenthesis ')'") : paren;
            }
            case '{':
                braceOpen = true;
                return emit(TokenType.LEFT_BRACE);
            case '[': return leftBracket();
            case ']':
                if (!bracketOpen) {
                    return error("unexpected right bracket ']'");
                }
                bracketOpen = false;
                return emit(TokenType.RIGHT_BRACKET);
            default:
                break;
        }
        if (isDigit(r) || (r == '.' && isDigit(peek()))) {
            backup();
            return numberOrDuration();
        }
        if (isAlpha(r) || r == ':') {
            return bracketOpen ? colonInBrackets(r) : keywordOrIdentifier();
        }
        return error("unexpected character: " + GoText.quoteRune(r));
    }

    private Token equals() {
        int t = peek();
        if (t == '=') {
            nextRune();
            return emit(TokenType.EQLC);
        }
        if (t == '~') {
            return error("unexpected character after '=': '~'");
        }
        return emit(TokenType.EQL);
    }

    private Token leftBracket() {
        if (bracketOpen) {
            return error("unexpected left bracket '['");
        }
        gotColon = false;
        Token bracket = emit(TokenType.LEFT_BRACKET);
        skipSpaces();
        bracketOpen = true;
        durationNext = true;
        return bracket;
    }

    // Inside brackets 2.42 reads any letter, not only ':', as the subquery colon.
    private Token colonInBrackets(int r) {
        if (gotColon) {
            return error("unexpected colon " + GoText.quoteRune(r));
        }
        gotColon = true;
        return emit(TokenType.COLON);
    }

    private Token insideBraces() {
        if (input.startsWith("#", pos)) {
            skipComment();
            return null;
        }
        int r = nextRune();
        if (r == EOF_RUNE) {
            return error("unexpected end of input inside braces");
        }
        if (isSpace(r)) {
            skipSpaces();
            return null;
        }
        if (isAlpha(r)) {
            while (isAlphaNumeric(nextRune())) {
                // absorb
            }
            backup();
            return emit(TokenType.IDENTIFIER);
        }
        switch (r) {
            case ',': return emit(TokenType.COMMA);
            case '"', '\'': return string(r);
            case '`': return rawString();
            case '=':
                if (nextRune() == '~') {
                    return emit(TokenType.EQL_REGEX);
                }
                backup();
                return emit(TokenType.EQL);
            case '!': {
                int nr = nextRune();
                if (nr == '~') {
                    return emit(TokenType.NEQ_REGEX);
                }
                return nr == '=' ? emit(TokenType.NEQ)
                        : error("unexpected character after '!' inside braces: " + GoText.quoteRune(nr));
            }
            case '{': return error("unexpected left brace '{'");
            case '}':
                braceOpen = false;
                return emit(TokenType.RIGHT_BRACE);
            default:
                return error("unexpected character inside braces: " + GoText.quoteRune(r));
        }
    }

    private Token keywordOrIdentifier() {
        backup();
        int r;
        do {
            r = nextRune();
        } while (isAlphaNumeric(r) || r == ':');
        backup();
        String word = input.substring(start, pos);
        TokenType keyword = TokenType.keyword(word);
        if (keyword != null) {
            return emit(keyword);
        }
        return emit(word.indexOf(':') < 0 ? TokenType.IDENTIFIER : TokenType.METRIC_IDENTIFIER);
    }

    private Token numberOrDuration() {
        if (scanNumber()) {
            return emit(TokenType.NUMBER);
        }
        if (acceptRemainingDuration()) {
            backup();
            return emit(TokenType.DURATION);
        }
        return error("bad number or duration syntax: " + GoText.quote(input.substring(start, pos)));
    }

    private Token duration() {
        if (scanNumber()) {
            return error("missing unit character in duration");
        }
        if (!acceptRemainingDuration()) {
            return error("bad duration syntax: " + GoText.quote(input.substring(start, pos)));
        }
        backup();
        return emit(TokenType.DURATION);
    }

    /** Scans what may be a number; the parser rejects the malformed ones this lets through (e.g. "1e"). */
    private boolean scanNumber() {
        String digits = DIGITS;
        if (accept("0") && accept("xX")) {
            digits = HEX_DIGITS;
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (accept("eE")) {
            accept("+-");
            acceptRun(DIGITS);
        }
        return !isAlphaNumeric(peek());
    }

    private boolean acceptRemainingDuration() {
        if (!accept("smhdwy")) {
            return false;
        }
        accept("s"); // "ms"; bad units like "hs" fail later, when the duration is parsed
        while (accept(DIGITS)) {
            acceptRun(DIGITS);
            if (!accept("smhdw")) {
                return false;
            }
            accept("s");
        }
        return !isAlphaNumeric(nextRune());
    }

    private Token string(int quote) {
        while (true) {
            int r = nextRune();
            if (r == '\\') {
                String problem = escape(quote);
                if (problem != null) {
                    return error(problem);
                }
            } else if (r == 0xFFFD) {
                return error("invalid UTF-8 rune");
            } else if (r == EOF_RUNE || r == '\n') {
                return error("unterminated quoted string");
            } else if (r == quote) {
                return emit(TokenType.STRING);
            }
        }
    }

    /** Checks one escape sequence (the backslash is read); returns what is wrong with it, or null. */
    private String escape(int quote) {
        int ch = nextRune();
        if (ch == quote || "abfnrtv\\".indexOf(ch) >= 0) {
            return null;
        }
        if (ch == EOF_RUNE) {
            return "escape sequence not terminated";
        }
        NumericEscape numeric = NumericEscape.of(ch);
        if (numeric == null) {
            return "unknown escape sequence " + GoText.unicode(ch);
        }
        if (numeric.afterLetter()) {
            ch = nextRune();
        }
        long value = 0;
        for (int left = numeric.digits(); left > 0; left--) {
            int d = digitValue(ch);
            if (d >= numeric.base()) {
                return ch == EOF_RUNE ? "escape sequence not terminated"
                        : "illegal character " + GoText.unicode(ch) + " in escape sequence";
            }
            value = value * numeric.base() + d;
            if (left > 1) {
                ch = nextRune();
            }
        }
        return value > numeric.max() || (value >= 0xD800 && value < 0xE000)
                ? "escape sequence is an invalid Unicode code point" : null;
    }

    /** Octal, hex and Unicode (u, U) escapes: how many digits, in which base, up to what value. */
    private record NumericEscape(int digits, int base, int max, boolean afterLetter) {
        static NumericEscape of(int ch) {
            if (ch >= '0' && ch <= '7') {
                return new NumericEscape(3, 8, 255, false);
            }
            return switch (ch) {
                case 'x' -> new NumericEscape(2, 16, 255, true);
                case 'u' -> new NumericEscape(4, 16, Character.MAX_CODE_POINT, true);
                case 'U' -> new NumericEscape(8, 16, Character.MAX_CODE_POINT, true);
                default -> null;
            };
        }
    }

    private Token rawString() {
        while (true) {
            int r = nextRune();
            if (r == 0xFFFD) {
                return error("invalid UTF-8 rune");
            }
            if (r == EOF_RUNE) {
                return error("unterminated raw string");
            }
            if (r == '`') {
                return emit(TokenType.STRING);
            }
        }
    }

    private void skipComment() {
        pos++;
        int r;
        do {
            r = nextRune();
        } while (r != EOF_RUNE && r != '\n' && r != '\r');
        backup();
        start = pos;
    }

    private void skipSpaces() {
        while (isSpace(peek())) {
            nextRune();
        }
        start = pos;
    }

    private Token emit(TokenType type) {
        Token token = new Token(type, start, input.substring(start, pos));
        start = pos;
        return token;
    }

    private Token error(String message) {
        finished = true;
        return new Token(TokenType.ERROR, start, message);
    }

    private int nextRune() {
        if (pos >= input.length()) {
            width = 0;
            return EOF_RUNE;
        }
        int r = input.codePointAt(pos);
        width = Character.charCount(r);
        pos += width;
        return r;
    }

    private int peek() {
        int r = nextRune();
        backup();
        return r;
    }

    private void backup() {
        pos -= width;
    }

    private boolean accept(String valid) {
        int r = nextRune();
        if (r != EOF_RUNE && valid.indexOf(r) >= 0) {
            return true;
        }
        backup();
        return false;
    }

    private void acceptRun(String valid) {
        while (accept(valid)) {
            // consume
        }
    }

    // Larger than any digit for what is not an ASCII hex digit.
    private static int digitValue(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        return ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : 16;
    }

    static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\n' || r == '\r';
    }

    static boolean isDigit(int r) {
        return r >= '0' && r <= '9';
    }

    public static boolean isAlpha(int r) {
        return r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    }

    public static boolean isAlphaNumeric(int r) {
        return isAlpha(r) || isDigit(r);
    }
}
