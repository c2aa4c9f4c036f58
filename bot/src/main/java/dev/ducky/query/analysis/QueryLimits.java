package dev.ducky.query.analysis;

import java.util.Optional;

/**
 * How long and how deeply nested a query may be, in every language. Prometheus's and Loki's own parsers bound
 * their input too (Loki refuses input past a fixed size, Go's regexp refuses expressions nested over 1000 deep);
 * here the bounds also keep every recursive walk of a query (type checks, explanations, lints, printing) well
 * inside a worker thread's stack. A query past a limit is an ordinary parse error, with a position.
 *
 * <p>Real queries stay far below both: of the 5,448 valid PromQL alert rules and dashboard queries in the
 * corpora Ducky is measured on, the longest has 1,486 characters and the deepest is 13 levels deep; of the
 * LogQL queries, the longest has 2,255 characters.
 */
public final class QueryLimits {
    /** Characters in one query: 64 KiB, over 40 times the longest real query. */
    public static final int MAX_LENGTH = 64 * 1024;

    /**
     * Levels of a query's expression tree: a selector or a number is one level, {@code rate(x[5m])} three,
     * {@code a + b + c} three (a chain of binary operators nests like the parentheses it stands for), and a
     * parenthesis one more. Five times the deepest real query; and shallow enough that the deepest query allowed
     * is parsed, checked, explained and linted in under 300 KiB of stack whether the code is interpreted or
     * compiled (the JVM's guard zones take about 100 KiB; the LogQL parser, the hungriest walk, up to 2.7 KiB a
     * level once compiled), inside the smallest worker default of 512 KiB with room to spare.
     */
    public static final int MAX_DEPTH = 64;

    private QueryLimits() {
    }

    /** What is wrong with the query's length, if it is too long; reported at the first character past the limit. */
    public static Optional<String> lengthProblem(String query) {
        if (query.length() <= MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of("query longer than " + MAX_LENGTH + " characters (it has " + query.length() + ")");
    }

    /** The message for an expression past {@link #MAX_DEPTH}. */
    public static String tooDeep() {
        return "expression nested deeper than " + MAX_DEPTH + " levels";
    }
}
