package dev.ducky.query.promql.lalr;

import java.util.Arrays;

/**
 * Runs a {@link ParseTable} the way goyacc's generated parsers do, error recovery included: on an error,
 * pop to the nearest state that shifts {@code error}, shift it, then drop lookaheads until one fits. The
 * error rules' actions are what report syntax errors, so running them in the same order as goyacc is what
 * makes the first reported error the same one.
 */
public final class LalrParser<C extends LalrParser.Context> {
    /** The scanner and the parse's state, as the actions see them. */
    public interface Context {
        /** Reads the next token: returns its terminal index; its value is then {@link #value()}. */
        int nextTerminal();

        /** The value of the token last read (what yacc calls lval). */
        Object value();

        /** True once the outcome is settled (e.g. the first error is known), to stop early. */
        boolean stopped();

        /** Sees each value a rule's action builds, e.g. to settle the outcome on a tree nested too deeply. */
        default void built(Object value) {
        }
    }

    private final ParseTable<C> table;

    public LalrParser(ParseTable<C> table) {
        this.table = table;
    }

    /** Parses until accepted, stopped by the context, or unrecoverable; returns the accepted value or null. */
    public Object parse(C context) {
        int[] states = new int[32];
        Object[] values = new Object[32];
        int top = 0;
        int lookahead = -1;
        int errorFlag = 0;
        while (!context.stopped()) {
            int state = states[top];
            int action;
            if (table.needsLookahead(state)) {
                if (lookahead < 0) {
                    lookahead = context.nextTerminal();
                    if (context.stopped()) {
                        return null;
                    }
                }
                action = table.action(state, lookahead);
            } else {
                action = table.defaultAction(state);
            }
            if (action == ParseTable.ACCEPT) {
                return values[top];
            }
            if (action > 0) {
                if (++top == states.length) {
                    states = Arrays.copyOf(states, top * 2);
                    values = Arrays.copyOf(values, top * 2);
                }
                states[top] = action - 1;
                values[top] = context.value();
                lookahead = -1;
                errorFlag = Math.max(0, errorFlag - 1);
            } else if (action < 0 && action != ParseTable.EXPLICIT_ERROR) {
                Production<C> p = table.production(-action - 1);
                int length = p.rhs().length;
                Object value;
                if (p.action() != null) {
                    value = p.action().reduce(context, new Values(values, top - length + 1, length));
                    context.built(value);
                } else {
                    value = length > 0 ? values[top - length + 1] : null;
                }
                top -= length;
                int target = table.gotoState(states[top], p.lhs());
                if (++top == states.length) {
                    states = Arrays.copyOf(states, top * 2);
                    values = Arrays.copyOf(values, top * 2);
                }
                states[top] = target;
                values[top] = value;
            } else if (errorFlag < 3) {
                errorFlag = 3;
                while (top >= 0 && table.errorShift(states[top]) < 0) {
                    top--;
                }
                if (top < 0) {
                    return null;
                }
                states[top + 1] = table.errorShift(states[top]);
                values[++top] = null;
            } else {
                if (lookahead == Grammar.END) {
                    return null;
                }
                lookahead = -1; // discard the token that does not fit and try again
            }
        }
        return null;
    }
}
