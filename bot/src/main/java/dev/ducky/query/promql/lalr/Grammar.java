package dev.ducky.query.promql.lalr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A context-free grammar in the style of a yacc file: terminals in declaration order, precedence levels
 * (later levels bind tighter), and rules with actions. Symbol 0 is {@code $end}, 1 is {@code error};
 * the first nonterminal is {@code $accept}, with the rule {@code $accept: start $end}.
 */
public final class Grammar<C> {
    public static final int END = 0;
    public static final int ERROR = 1;

    final List<String> terminals;
    final List<String> nonterminals;
    final int[] precedence;
    final Production.Assoc[] assoc;
    final List<Production<C>> productions;

    private Grammar(Builder<C> b) {
        this.terminals = List.copyOf(b.terminals);
        this.nonterminals = List.copyOf(b.nonterminals.keySet());
        this.precedence = Arrays.copyOf(b.precedence, terminals.size());
        this.assoc = Arrays.copyOf(b.assoc, terminals.size());
        this.productions = List.copyOf(b.productions);
    }

    public static <C> Builder<C> builder(List<String> terminalNames) {
        return new Builder<>(terminalNames);
    }

    int terminalCount() {
        return terminals.size();
    }

    int symbolCount() {
        return terminals.size() + nonterminals.size();
    }

    boolean isTerminal(int symbol) {
        return symbol < terminals.size();
    }

    String name(int symbol) {
        return isTerminal(symbol) ? terminals.get(symbol) : nonterminals.get(symbol - terminals.size());
    }

    /** Collects terminals, precedence declarations and rules; symbols are referred to by name. */
    public static final class Builder<C> {
        private final List<String> terminals = new ArrayList<>(List.of("$end", "error"));
        private final Map<String, Integer> terminalIndex = new HashMap<>();
        private final Map<String, Integer> nonterminals = new LinkedHashMap<>();
        private final List<Production<C>> productions = new ArrayList<>();
        private final List<Object[]> pending = new ArrayList<>();
        private int[] precedence;
        private Production.Assoc[] assoc;
        private int level;

        private Builder(List<String> terminalNames) {
            terminals.addAll(terminalNames);
            for (int i = 0; i < terminals.size(); i++) {
                terminalIndex.put(terminals.get(i), i);
            }
            precedence = new int[terminals.size()];
            assoc = new Production.Assoc[terminals.size()];
            Arrays.fill(assoc, Production.Assoc.NONE);
            nonterminals.put("$accept", 0);
        }

        public Builder<C> left(String... names) {
            return level(Production.Assoc.LEFT, names);
        }

        public Builder<C> right(String... names) {
            return level(Production.Assoc.RIGHT, names);
        }

        public Builder<C> nonassoc(String... names) {
            return level(Production.Assoc.NONASSOC, names);
        }

        private Builder<C> level(Production.Assoc kind, String... names) {
            level++;
            for (String name : names) {
                int t = terminal(name);
                precedence[t] = level;
                assoc[t] = kind;
            }
            return this;
        }

        /** {@code lhs: rhs} where rhs is space-separated symbol names (empty for an empty rule). */
        public Builder<C> rule(String lhs, String rhs, Action<C> action) {
            return rule(lhs, rhs, null, action);
        }

        /** A rule with yacc's {@code %prec precToken}. */
        public Builder<C> rule(String lhs, String rhs, String precToken, Action<C> action) {
            nonterminals.putIfAbsent(lhs, nonterminals.size());
            pending.add(new Object[] {lhs, rhs, precToken, action});
            return this;
        }

        /** One rule per alternative, each a single symbol, with the default action. */
        public Builder<C> alternatives(String lhs, String... symbols) {
            for (String symbol : symbols) {
                rule(lhs, symbol, null);
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        public Grammar<C> build(String start) {
            int t = terminals.size();
            productions.add(new Production<>(0, t, new int[] {symbol(start), END}, 0, Production.Assoc.NONE,
                    null, "$accept: " + start + " $end"));
            for (Object[] p : pending) {
                String rhsText = ((String) p[1]).trim();
                int[] rhs = rhsText.isEmpty() ? new int[0]
                        : Arrays.stream(rhsText.split("\\s+")).mapToInt(this::symbol).toArray();
                int prec = 0;
                Production.Assoc kind = Production.Assoc.NONE;
                if (p[2] != null) {
                    int pt = terminal((String) p[2]);
                    prec = precedence[pt];
                    kind = assoc[pt];
                } else {
                    for (int s : rhs) {
                        if (s < t && precedence[s] != 0) {
                            prec = precedence[s];
                            kind = assoc[s];
                        }
                    }
                }
                productions.add(new Production<>(productions.size(), symbol((String) p[0]), rhs, prec, kind,
                        (Action<C>) p[3], p[0] + ": " + rhsText));
            }
            return new Grammar<>(this);
        }

        private int terminal(String name) {
            Integer index = terminalIndex.get(name);
            if (index == null) {
                throw new IllegalArgumentException("unknown terminal " + name);
            }
            return index;
        }

        private int symbol(String name) {
            Integer index = terminalIndex.get(name);
            if (index != null) {
                return index;
            }
            Integer nt = nonterminals.get(name);
            if (nt == null) {
                throw new IllegalArgumentException("symbol " + name + " is neither a terminal nor has a rule");
            }
            return terminals.size() + nt;
        }
    }
}
