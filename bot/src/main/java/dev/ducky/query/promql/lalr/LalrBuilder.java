package dev.ducky.query.promql.lalr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds LALR(1) tables: the LR(0) automaton, then lookaheads by spontaneous generation and propagation
 * (the dragon book's algorithm), then yacc's conflict resolution and default reductions.
 */
final class LalrBuilder<C> {
    private static final int DOT_BITS = 5; // an item is production << DOT_BITS | dot

    private final Grammar<C> g;
    private final int terminals;
    private final BitSet[] first;
    private final boolean[] nullable;
    private final List<int[]> kernels = new ArrayList<>();
    private final Map<String, Integer> stateByKernel = new HashMap<>();
    private final List<int[]> transitions = new ArrayList<>(); // per state, target per symbol or -1
    private final List<Map<Integer, BitSet>> lookaheads = new ArrayList<>();

    LalrBuilder(Grammar<C> grammar) {
        this.g = grammar;
        this.terminals = grammar.terminalCount();
        this.first = new BitSet[grammar.symbolCount()];
        this.nullable = new boolean[grammar.symbolCount()];
    }

    ParseTable<C> build() {
        computeFirstSets();
        buildAutomaton();
        computeLookaheads();
        return fillTables();
    }

    private static int item(int production, int dot) {
        return production << DOT_BITS | dot;
    }

    private Production<C> prod(int item) {
        return g.productions.get(item >>> DOT_BITS);
    }

    private static int dot(int item) {
        return item & ((1 << DOT_BITS) - 1);
    }

    /** The symbol after the dot, or -1 at the end. */
    private int next(int item) {
        int[] rhs = prod(item).rhs();
        return dot(item) < rhs.length ? rhs[dot(item)] : -1;
    }

    private void computeFirstSets() {
        for (int s = 0; s < g.symbolCount(); s++) {
            first[s] = new BitSet();
            if (g.isTerminal(s)) {
                first[s].set(s);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Production<C> p : g.productions) {
                BitSet lhs = first[p.lhs()];
                int before = lhs.cardinality();
                boolean allNullable = true;
                for (int s : p.rhs()) {
                    lhs.or(first[s]);
                    if (!nullable[s]) {
                        allNullable = false;
                        break;
                    }
                }
                if (allNullable && !nullable[p.lhs()]) {
                    nullable[p.lhs()] = true;
                    changed = true;
                }
                changed |= lhs.cardinality() != before;
            }
        }
    }

    private void buildAutomaton() {
        state(new int[] {item(0, 0)});
        for (int s = 0; s < kernels.size(); s++) {
            Map<Integer, List<Integer>> bySymbol = new TreeMap<>();
            for (int it : closure0(kernels.get(s))) {
                int x = next(it);
                if (x >= 0) {
                    bySymbol.computeIfAbsent(x, k -> new ArrayList<>()).add(it + 1);
                }
            }
            int[] targets = new int[g.symbolCount()];
            Arrays.fill(targets, -1);
            for (var e : bySymbol.entrySet()) {
                targets[e.getKey()] = state(e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray());
            }
            transitions.add(targets);
        }
    }

    private int state(int[] kernel) {
        String key = Arrays.toString(kernel);
        Integer existing = stateByKernel.get(key);
        if (existing != null) {
            return existing;
        }
        kernels.add(kernel);
        lookaheads.add(new HashMap<>());
        for (int it : kernel) {
            lookaheads.get(kernels.size() - 1).put(it, new BitSet());
        }
        stateByKernel.put(key, kernels.size() - 1);
        return kernels.size() - 1;
    }

    private List<Integer> closure0(int[] kernel) {
        List<Integer> items = new ArrayList<>();
        BitSet added = new BitSet();
        for (int it : kernel) {
            items.add(it);
        }
        for (int i = 0; i < items.size(); i++) {
            int x = next(items.get(i));
            if (x >= 0 && !g.isTerminal(x) && !added.get(x)) {
                added.set(x);
                for (Production<C> p : g.productions) {
                    if (p.lhs() == x) {
                        items.add(item(p.index(), 0));
                    }
                }
            }
        }
        return items;
    }

    /** LR(1) closure: every item of the state with its lookahead set. */
    private Map<Integer, BitSet> closure1(Map<Integer, BitSet> kernel) {
        Map<Integer, BitSet> items = new HashMap<>();
        Deque<Integer> work = new ArrayDeque<>();
        kernel.forEach((it, la) -> {
            items.put(it, (BitSet) la.clone());
            work.add(it);
        });
        while (!work.isEmpty()) {
            int it = work.poll();
            int x = next(it);
            if (x < 0 || g.isTerminal(x)) {
                continue;
            }
            BitSet la = new BitSet();
            int[] rhs = prod(it).rhs();
            boolean restNullable = true;
            for (int i = dot(it) + 1; i < rhs.length && restNullable; i++) {
                la.or(first[rhs[i]]);
                restNullable = nullable[rhs[i]];
            }
            if (restNullable) {
                la.or(items.get(it));
            }
            for (Production<C> p : g.productions) {
                if (p.lhs() != x) {
                    continue;
                }
                int start = item(p.index(), 0);
                BitSet existing = items.get(start);
                if (existing == null) {
                    items.put(start, (BitSet) la.clone());
                    work.add(start);
                } else {
                    int before = existing.cardinality();
                    existing.or(la);
                    if (existing.cardinality() != before) {
                        work.add(start);
                    }
                }
            }
        }
        return items;
    }

    private void computeLookaheads() {
        int probe = terminals; // the dragon book's '#': marks lookaheads that propagate
        List<int[]> edges = new ArrayList<>(); // {fromState, fromItem, toState, toItem}
        for (int s = 0; s < kernels.size(); s++) {
            for (int k : kernels.get(s)) {
                BitSet marker = new BitSet();
                marker.set(probe);
                for (var e : closure1(Map.of(k, marker)).entrySet()) {
                    int x = next(e.getKey());
                    if (x < 0) {
                        continue;
                    }
                    int target = transitions.get(s)[x];
                    BitSet spontaneous = (BitSet) e.getValue().clone();
                    spontaneous.clear(probe);
                    lookaheads.get(target).get(e.getKey() + 1).or(spontaneous);
                    if (e.getValue().get(probe)) {
                        edges.add(new int[] {s, k, target, e.getKey() + 1});
                    }
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] edge : edges) {
                BitSet from = lookaheads.get(edge[0]).get(edge[1]);
                BitSet to = lookaheads.get(edge[2]).get(edge[3]);
                int before = to.cardinality();
                to.or(from);
                changed |= to.cardinality() != before;
            }
        }
    }

    private ParseTable<C> fillTables() {
        int n = kernels.size();
        int[][] actions = new int[n][terminals];
        int[][] gotos = new int[n][g.nonterminals.size()];
        int[] defaults = new int[n];
        boolean[] needsLookahead = new boolean[n];
        int conflicts = 0;
        for (int s = 0; s < n; s++) {
            int[] reduce = new int[terminals];
            Arrays.fill(reduce, -1);
            for (var e : closure1(lookaheads.get(s)).entrySet()) {
                if (next(e.getKey()) >= 0) {
                    continue;
                }
                int p = e.getKey() >>> DOT_BITS;
                BitSet la = e.getValue();
                for (int t = la.nextSetBit(0); t >= 0 && t < terminals; t = la.nextSetBit(t + 1)) {
                    if (reduce[t] < 0 || p < reduce[t]) {
                        reduce[t] = p; // reduce/reduce: the earlier rule wins
                    }
                }
            }
            for (int t = 0; t < terminals; t++) {
                int shift = transitions.get(s)[t];
                if (t == Grammar.END && shift >= 0) {
                    actions[s][t] = ParseTable.ACCEPT;
                } else if (shift >= 0 && reduce[t] >= 0) {
                    int resolved = resolve(shift, reduce[t], t);
                    conflicts += resolved == Integer.MAX_VALUE ? 1 : 0;
                    actions[s][t] = resolved == Integer.MAX_VALUE ? shift + 1 : resolved;
                } else if (shift >= 0) {
                    actions[s][t] = shift + 1;
                } else if (reduce[t] >= 0) {
                    actions[s][t] = -(reduce[t] + 1);
                }
            }
            for (int nt = 0; nt < g.nonterminals.size(); nt++) {
                gotos[s][nt] = transitions.get(s)[terminals + nt];
            }
            chooseDefault(s, actions[s], defaults, needsLookahead);
        }
        return new ParseTable<>(g, actions, gotos, defaults, needsLookahead, conflicts);
    }

    /** yacc's shift/reduce resolution; MAX_VALUE when neither side has a precedence (shift, a conflict). */
    private int resolve(int shift, int production, int terminal) {
        Production<C> p = g.productions.get(production);
        int tokenLevel = g.precedence[terminal];
        if (p.precedence() == 0 || tokenLevel == 0) {
            return Integer.MAX_VALUE;
        }
        if (tokenLevel != p.precedence()) {
            return tokenLevel > p.precedence() ? shift + 1 : -(production + 1);
        }
        return switch (p.assoc()) {
            case LEFT -> -(production + 1);
            case RIGHT -> shift + 1;
            default -> ParseTable.EXPLICIT_ERROR;
        };
    }

    private void chooseDefault(int s, int[] row, int[] defaults, boolean[] needsLookahead) {
        int best = ParseTable.NONE;
        int bestCount = 0;
        for (int t = 0; t < terminals; t++) {
            if (row[t] >= 0 || row[t] == ParseTable.ACCEPT || row[t] == ParseTable.EXPLICIT_ERROR) {
                continue;
            }
            int count = 0;
            for (int u = 0; u < terminals; u++) {
                count += row[u] == row[t] ? 1 : 0;
            }
            if (count > bestCount) {
                best = row[t];
                bestCount = count;
            }
        }
        if (row[Grammar.ERROR] > 0) {
            best = ParseTable.NONE; // where error can be shifted, errors are not hidden by a default
        }
        boolean lookahead = false;
        for (int t = 0; t < terminals; t++) {
            if (row[t] == best) {
                row[t] = ParseTable.NONE;
            } else if (row[t] != ParseTable.NONE) {
                lookahead = true;
            }
        }
        defaults[s] = best;
        needsLookahead[s] = lookahead;
    }
}
