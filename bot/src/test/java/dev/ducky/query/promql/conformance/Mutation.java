package dev.ducky.query.promql.conformance;

import dev.ducky.query.promql.lex.Lexer;
import dev.ducky.query.promql.lex.Token;
import dev.ducky.query.promql.lex.TokenType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Named ways to break a valid expression, each the kind of slip a responder makes. Each picks one site
 * deterministically (from a hash of the expression), so a run is reproducible; a mutant may still be
 * valid, which promtool decides, not we.
 */
public enum Mutation {
    DROP_CLOSING_PAREN("drop a closing parenthesis") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            return choose(t, tok -> tok.type() == TokenType.RIGHT_PAREN, pick).map(p -> cut(e, p.pos(), p.end()));
        }
    },
    DUPLICATE_OPENING_PAREN("duplicate an opening parenthesis") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            return choose(t, tok -> tok.type() == TokenType.LEFT_PAREN, pick).map(p -> insert(e, p.pos(), "("));
        }
    },
    MISSPELL_FUNCTION("misspell a function or aggregation") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            List<Token> calls = new ArrayList<>();
            for (int i = 0; i + 1 < t.size(); i++) {
                boolean callable = t.get(i).type() == TokenType.IDENTIFIER || t.get(i).type().isAggregator();
                if (callable && t.get(i + 1).type() == TokenType.LEFT_PAREN && t.get(i).text().length() > 2) {
                    calls.add(t.get(i));
                }
            }
            if (calls.isEmpty()) {
                return Optional.empty();
            }
            Token name = calls.get(pick % calls.size());
            String text = name.text();
            int at = 1 + (pick / 7) % (text.length() - 2); // swap two inner letters: rate -> rtae
            String typo = text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
            return typo.equals(text) ? Optional.of(cut(e, name.pos() + at, name.pos() + at + 1))
                    : Optional.of(e.substring(0, name.pos()) + typo + e.substring(name.end()));
        }
    },
    UNQUOTE_LABEL_VALUE("unquote a label value") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            List<Token> values = new ArrayList<>();
            for (int i = 1; i < t.size(); i++) {
                TokenType before = t.get(i - 1).type();
                boolean matcherValue = before == TokenType.EQL || before == TokenType.NEQ
                        || before == TokenType.EQL_REGEX || before == TokenType.NEQ_REGEX;
                if (matcherValue && t.get(i).type() == TokenType.STRING) {
                    values.add(t.get(i));
                }
            }
            if (values.isEmpty()) {
                return Optional.empty();
            }
            Token v = values.get(pick % values.size());
            String bare = v.text().substring(1, v.text().length() - 1);
            return Optional.of(e.substring(0, v.pos()) + bare + e.substring(v.end()));
        }
    },
    BREAK_RANGE_SELECTOR("break a range selector") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            List<Integer> brackets = indexes(t, tok -> tok.type() == TokenType.LEFT_BRACKET);
            if (brackets.isEmpty()) {
                return Optional.empty();
            }
            int i = brackets.get(pick % brackets.size());
            Token open = t.get(i);
            Token duration = t.get(i + 1);
            return Optional.of(switch ((pick / 7) % 4) {
                case 0 -> e.substring(0, duration.pos()) + duration.text().replaceAll("[a-z]", "")
                        + e.substring(duration.end());
                case 1 -> cut(e, closing(t, i).pos(), closing(t, i).end());
                case 2 -> insert(e, duration.pos() + 1, " ");
                default -> e.substring(0, open.pos()) + "(" + e.substring(open.end(), closing(t, i).pos()) + ")"
                        + e.substring(closing(t, i).end());
            });
        }
    },
    DANGLE_BINARY_OPERATOR("leave a binary operator without its right operand") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            List<Integer> ops = indexes(t, tok -> tok.type().isOperator() && tok.type() != TokenType.AT);
            if (ops.isEmpty()) {
                return Optional.of(e + " >");
            }
            int i = ops.get(pick % ops.size());
            Token next = i + 1 < t.size() ? t.get(i + 1) : null;
            if (next != null && (next.type() == TokenType.NUMBER || next.type() == TokenType.STRING)) {
                return Optional.of(cut(e, next.pos(), next.end()));
            }
            return Optional.of(e + " " + t.get(i).text());
        }
    },
    MISPLACE_BY("move a by clause to the wrong place") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            List<Integer> bys = indexes(t, tok -> tok.type() == TokenType.BY);
            for (int k = 0; k < bys.size(); k++) {
                int i = bys.get((pick + k) % bys.size());
                if (i + 1 >= t.size() || t.get(i + 1).type() != TokenType.LEFT_PAREN) {
                    continue;
                }
                Token close = closing(t, i + 1);
                String clause = e.substring(t.get(i).pos(), close.end());
                String without = cut(e, t.get(i).pos(), close.end());
                int anchor = t.get(i).pos() - 1; // the aggregation operator or its argument list precedes
                int target = without.indexOf('(', Math.max(0, Math.min(anchor, without.length() - 1)));
                if (i > 0 && t.get(i - 1).type().isAggregator() && target >= 0) {
                    return Optional.of(insert(without, target + 1, clause + " ")); // sum(by (job) x)
                }
                return Optional.of(insert(without, 0, clause + " ")); // by (job) sum(x)
            }
            return Optional.empty();
        }
    },
    // Generic slips beyond the named ones, to exercise error recovery and lexer errors everywhere.
    DELETE_TOKEN("delete one token") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            return choose(t, tok -> true, pick).map(victim -> cut(e, victim.pos(), victim.end()));
        }
    },
    SWAP_NEIGHBOUR_TOKENS("swap two neighbouring tokens") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            if (t.size() < 2) {
                return Optional.empty();
            }
            Token a = t.get(pick % (t.size() - 1));
            Token b = t.get(pick % (t.size() - 1) + 1);
            return Optional.of(e.substring(0, a.pos()) + b.text() + e.substring(a.end(), b.pos()) + a.text()
                    + e.substring(b.end()));
        }
    },
    REPEAT_TOKEN("repeat one token") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            return choose(t, tok -> true, pick).map(twice -> insert(e, twice.end(), " " + twice.text()));
        }
    },
    TRUNCATE("cut the expression short") {
        @Override
        Optional<String> apply(String e, List<Token> t, int pick) {
            return e.length() < 2 ? Optional.empty() : Optional.of(e.substring(0, 1 + pick % (e.length() - 1)));
        }
    };

    private final String description;

    Mutation(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The mutant of {@code expr}, if this mutation applies to it and changes it. */
    public Optional<String> mutate(String expr) {
        List<Token> tokens = tokens(expr);
        int pick = Math.floorMod((expr + name()).hashCode(), 1 << 20);
        return apply(expr, tokens, pick).filter(m -> !m.equals(expr) && !m.isBlank());
    }

    abstract Optional<String> apply(String expr, List<Token> tokens, int pick);

    static List<Token> tokens(String expr) {
        Lexer lexer = new Lexer(expr);
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.next(); t.type() != TokenType.EOF && t.type() != TokenType.ERROR; t = lexer.next()) {
            out.add(t);
        }
        return out;
    }

    private static Optional<Token> choose(List<Token> tokens, Predicate<Token> which, int pick) {
        List<Token> candidates = tokens.stream().filter(which).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(pick % candidates.size()));
    }

    private static List<Integer> indexes(List<Token> tokens, Predicate<Token> which) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (which.test(tokens.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** The token closing the bracket or parenthesis at index {@code open}. */
    private static Token closing(List<Token> tokens, int open) {
        Deque<TokenType> stack = new ArrayDeque<>();
        for (int i = open; i < tokens.size(); i++) {
            TokenType type = tokens.get(i).type();
            if (type == TokenType.LEFT_PAREN || type == TokenType.LEFT_BRACKET || type == TokenType.LEFT_BRACE) {
                stack.push(type);
            } else if (type == TokenType.RIGHT_PAREN || type == TokenType.RIGHT_BRACKET
                    || type == TokenType.RIGHT_BRACE) {
                stack.pop();
                if (stack.isEmpty()) {
                    return tokens.get(i);
                }
            }
        }
        throw new IllegalArgumentException("unbalanced expression");
    }

    private static String cut(String s, int from, int to) {
        return s.substring(0, from) + s.substring(to);
    }

    private static String insert(String s, int at, String text) {
        return s.substring(0, at) + text + s.substring(at);
    }
}
