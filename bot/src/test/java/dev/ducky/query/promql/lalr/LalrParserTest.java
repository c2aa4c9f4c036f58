package dev.ducky.query.promql.lalr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The LALR engine on a tiny calculator grammar: precedence, associativity, error rules, default reductions. */
class LalrParserTest {
    /** Tokens are single characters: digits, + - * ^ ( ). */
    static final class Calc implements LalrParser.Context {
        private final String input;
        private int pos;
        private Character last;
        final List<String> errors = new ArrayList<>();

        Calc(String input) {
            this.input = input;
        }

        @Override
        public int nextTerminal() {
            if (pos >= input.length()) {
                return Grammar.END;
            }
            last = input.charAt(pos++);
            return switch (last) {
                case '+' -> 2;
                case '-' -> 3;
                case '*' -> 4;
                case '^' -> 5;
                case '(' -> 6;
                case ')' -> 7;
                default -> 8;
            };
        }

        @Override
        public Object value() {
            return last;
        }

        @Override
        public boolean stopped() {
            return false;
        }
    }

    private static final ParseTable<Calc> TABLE = ParseTable.build(Grammar.<Calc>builder(
                    List.of("PLUS", "MINUS", "TIMES", "POW", "LPAREN", "RPAREN", "DIGIT"))
            .left("PLUS", "MINUS").left("TIMES").right("POW")
            .rule("e", "e PLUS e", (c, v) -> (int) v.get(0) + (int) v.get(2))
            .rule("e", "e MINUS e", (c, v) -> (int) v.get(0) - (int) v.get(2))
            .rule("e", "e TIMES e", (c, v) -> (int) v.get(0) * (int) v.get(2))
            .rule("e", "e POW e", (c, v) -> (int) Math.pow((int) v.get(0), (int) v.get(2)))
            .rule("e", "LPAREN e RPAREN", (c, v) -> v.get(1))
            .rule("e", "LPAREN error RPAREN", (c, v) -> {
                c.errors.add("bad group before " + c.value());
                return 0;
            })
            .rule("e", "DIGIT", (c, v) -> Character.getNumericValue((char) v.get(0)))
            .build("e"));

    private static Object eval(Calc calc) {
        return new LalrParser<>(TABLE).parse(calc);
    }

    @Test
    void precedenceAndAssociativityDecideTheTree() {
        assertEquals(7, eval(new Calc("1+2*3")));
        assertEquals(-4, eval(new Calc("1-2-3")));
        assertEquals(512, eval(new Calc("2^3^2")));
        assertEquals(9, eval(new Calc("(1+2)*3")));
        assertEquals(0, TABLE.conflicts(), "every shift/reduce conflict is settled by precedence");
    }

    @Test
    void errorRulesRecoverAndReportWhereTheyResume() {
        Calc calc = new Calc("(1+*2)+5");
        assertEquals(5, eval(calc));
        assertEquals(List.of("bad group before )"), calc.errors);
    }

    @Test
    void withoutAnErrorRuleTheParseGivesUp() {
        assertEquals(null, eval(new Calc("1+*2")));
    }
}
