package dev.ducky.query.promql.parse;

import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.AggregationOp;
import dev.ducky.query.promql.ast.AtModifier;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.SubqueryExpr;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.promql.lex.GoNumbers;
import dev.ducky.query.promql.lex.Lexer;
import dev.ducky.query.promql.lex.Token;
import dev.ducky.query.promql.regex.Re2Syntax;
import java.util.List;
import java.util.Locale;

/** The checks and constructions Prometheus's parser performs while it reduces, with its messages. */
final class SyntaxActions {
    private static final String OFFSET_TARGET =
            "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery";
    private static final String AT_TARGET =
            "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery";

    private SyntaxActions() {
    }

    static AggregateExpr aggregate(ParseState s, Token op, Modifiers.Grouping grouping, List<Expr> args) {
        int end = s.lastClosing();
        if (args.isEmpty()) {
            s.addError(op.pos(), "no arguments for aggregate expression provided");
            return null;
        }
        AggregationOp kind = AggregationOp.valueOf(op.type().name());
        int wanted = kind.takesParameter() ? 2 : 1;
        if (args.size() != wanted) {
            s.addError(op.pos(), "wrong number of arguments for aggregate expression provided, expected "
                    + wanted + ", got " + args.size());
            return null;
        }
        Expr param = kind.takesParameter() ? args.get(0) : null;
        return new AggregateExpr(kind, args.get(wanted - 1), param, grouping.labels(), grouping.without(),
                op.pos(), end);
    }

    static Matcher matcher(ParseState s, Token label, Token op, Token value) {
        String text = unquote(value.text());
        Matcher.MatchType type = switch (op.type()) {
            case EQL -> Matcher.MatchType.EQUAL;
            case NEQ -> Matcher.MatchType.NOT_EQUAL;
            case EQL_REGEX -> Matcher.MatchType.REGEX;
            default -> Matcher.MatchType.NOT_REGEX;
        };
        boolean matchesEmpty = switch (type) {
            case EQUAL -> text.isEmpty();
            case NOT_EQUAL -> !text.isEmpty();
            default -> {
                Re2Syntax.Verdict regex = Re2Syntax.check(text);
                if (regex.error() != null) {
                    s.addError(label.pos(), regex.error());
                }
                yield regex.matchesEmpty() == (type == Matcher.MatchType.REGEX);
            }
        };
        return new Matcher(label.text(), type, text, matchesEmpty);
    }

    static Expr offset(ParseState s, Expr e, long millis) {
        if (e instanceof VectorSelector vs) {
            return vs.offsetMillis() != 0 ? offsetTwice(s, e) : vs.withOffset(millis, s.lastClosing());
        }
        if (e instanceof MatrixSelector ms) {
            if (!(ms.selector() instanceof VectorSelector vs)) {
                s.addError(e.start(), "ranges only allowed for vector selectors");
                return null;
            }
            return vs.offsetMillis() != 0 ? offsetTwice(s, e)
                    : ms.withSelector(vs.withOffset(millis, vs.end()), s.lastClosing());
        }
        if (e instanceof SubqueryExpr sq) {
            return sq.offsetMillis() != 0 ? offsetTwice(s, e) : sq.withOffset(millis, s.lastClosing());
        }
        s.addError(e.start(), OFFSET_TARGET);
        return null;
    }

    private static Expr offsetTwice(ParseState s, Expr e) {
        s.addError(e.start(), "offset may not be set multiple times");
        return null;
    }

    static Expr timestamp(ParseState s, Expr e, double seconds) {
        if (Double.isInfinite(seconds) || Double.isNaN(seconds)
                || seconds >= (double) Long.MAX_VALUE || seconds <= (double) Long.MIN_VALUE) {
            s.addError(e.start(), "timestamp out of bounds for @ modifier: " + goFloat(seconds));
            return null;
        }
        return at(s, e, new AtModifier(AtModifier.Kind.TIMESTAMP, Math.round(seconds * 1000)));
    }

    static Expr at(ParseState s, Expr e, AtModifier at) {
        AtModifier existing;
        if (e instanceof VectorSelector vs) {
            existing = vs.at();
        } else if (e instanceof MatrixSelector ms) {
            if (!(ms.selector() instanceof VectorSelector vs)) {
                s.addError(e.start(), "ranges only allowed for vector selectors");
                return null;
            }
            existing = vs.at();
        } else if (e instanceof SubqueryExpr sq) {
            existing = sq.at();
        } else {
            s.addError(e.start(), AT_TARGET);
            return null;
        }
        if (existing != null) {
            s.addError(e.start(), "@ <timestamp> may not be set multiple times");
            return null;
        }
        if (e instanceof VectorSelector vs) {
            return vs.withAt(at, s.lastClosing());
        }
        if (e instanceof MatrixSelector ms) {
            VectorSelector vs = (VectorSelector) ms.selector();
            return ms.withSelector(vs.withAt(at, vs.end()), s.lastClosing());
        }
        return ((SubqueryExpr) e).withAt(at, s.lastClosing());
    }

    static MatrixSelector range(ParseState s, Expr e, Token bracket, long millis) {
        String problem = null;
        if (!(e instanceof VectorSelector vs)) {
            problem = "ranges only allowed for vector selectors";
        } else if (vs.offsetMillis() != 0) {
            problem = "no offset modifiers allowed before range";
        } else if (vs.at() != null && vs.at().kind() == AtModifier.Kind.TIMESTAMP) {
            problem = "no @ modifiers allowed before range";
        }
        if (problem != null) {
            s.addError(bracket.pos(), problem);
        }
        return new MatrixSelector(e, millis, s.lastClosing());
    }

    static double number(ParseState s, String text) {
        try {
            return GoNumbers.parseNumber(text);
        } catch (GoNumbers.LiteralException e) {
            s.addError(s.lval().pos(), "error parsing number: " + e.getMessage());
            return 0;
        }
    }

    static long duration(ParseState s, Token token) {
        try {
            return GoNumbers.parseDuration(token.text());
        } catch (GoNumbers.LiteralException e) {
            s.addError(token.pos(), e.getMessage());
            return 0;
        }
    }

    static boolean isLabel(String name) {
        if (name.isEmpty() || !Lexer.isAlpha(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(Lexer::isAlphaNumeric);
    }

    /** Go's {@code %f}. */
    static String goFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return String.format(Locale.ROOT, "%f", value);
    }

    /** The value of a string literal the lexer accepted (so its escapes are known to be valid). */
    static String unquote(String literal) {
        char quote = literal.charAt(0);
        String body = literal.substring(1, literal.length() - 1);
        if (quote == '`' || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case 'x' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        out.append((char) Integer.parseInt(body.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        out.append(e); // \\ and the quote
                    }
                }
            }
        }
        return out.toString();
    }
}
