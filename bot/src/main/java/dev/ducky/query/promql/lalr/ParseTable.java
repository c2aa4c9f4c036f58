package dev.ducky.query.promql.lalr;

import java.util.List;

/**
 * LALR(1) tables with yacc's conventions: per state an action per terminal, a default reduction (the most
 * frequent one, none where {@code error} can be shifted), and whether the state must read a lookahead at
 * all (a state with no shift and a single reduction reduces without reading one). Error positions and
 * messages depend on exactly these choices, which is why they are reproduced here.
 */
public final class ParseTable<C> {
    static final int NONE = 0;
    static final int ACCEPT = Integer.MIN_VALUE;
    static final int EXPLICIT_ERROR = Integer.MIN_VALUE + 1;

    private final Grammar<C> grammar;
    private final int[][] actions;
    private final int[][] gotos;
    private final int[] defaults;
    private final boolean[] needsLookahead;
    private final int conflicts;

    ParseTable(Grammar<C> grammar, int[][] actions, int[][] gotos, int[] defaults, boolean[] needsLookahead,
               int conflicts) {
        this.grammar = grammar;
        this.actions = actions;
        this.gotos = gotos;
        this.defaults = defaults;
        this.needsLookahead = needsLookahead;
        this.conflicts = conflicts;
    }

    public static <C> ParseTable<C> build(Grammar<C> grammar) {
        return new LalrBuilder<>(grammar).build();
    }

    /** Shift/reduce conflicts settled by shifting without precedence, as yacc reports them. */
    public int conflicts() {
        return conflicts;
    }

    public int states() {
        return actions.length;
    }

    boolean needsLookahead(int state) {
        return needsLookahead[state];
    }

    /** Shift target + 1, -(production + 1), ACCEPT, or NONE/EXPLICIT_ERROR for an error. */
    int action(int state, int terminal) {
        int explicit = actions[state][terminal];
        return explicit != NONE ? explicit : defaults[state];
    }

    int defaultAction(int state) {
        return defaults[state];
    }

    int errorShift(int state) {
        int shift = actions[state][Grammar.ERROR];
        return shift > 0 ? shift - 1 : -1;
    }

    int gotoState(int state, int nonterminal) {
        return gotos[state][nonterminal - grammar.terminalCount()];
    }

    Production<C> production(int index) {
        return grammar.productions.get(index);
    }

    List<String> terminalNames() {
        return grammar.terminals;
    }
}
