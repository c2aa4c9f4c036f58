package dev.ducky.query.logql.conformance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named ways to break a LogQL query, each the kind of slip a responder makes. A mutant is not necessarily
 * invalid (a dropped parenthesis may leave a valid query); the conformance test only asks that Ducky and
 * Grafana's grammar give it the same verdict.
 */
public enum LogqlMutation {
    DROP_CLOSING_BRACE(q -> last(q, '}').map(at -> QueryText.remove(q, at, 1))),
    DROP_CLOSING_PAREN(q -> last(q, ')').map(at -> QueryText.remove(q, at, 1))),
    DUPLICATE_OPENING_PAREN(q -> first(q, '(').map(at -> QueryText.insert(q, at, "("))),
    UNQUOTE_LABEL_VALUE(LogqlMutation::unquoteLabelValue),
    SINGLE_QUOTE_LABEL_VALUE(q -> selectorValue(q).map(v -> q.substring(0, v[0]) + "'"
            + q.substring(v[0] + 1, v[1] - 1) + "'" + q.substring(v[1]))),
    EMPTY_SELECTOR(q -> first(q, '{').flatMap(open -> first(q.substring(open), '}')
            .map(close -> q.substring(0, open + 1) + q.substring(open + close)))),
    BREAK_PIPE_STAGE(q -> match(q, "\\|\\s*(json|logfmt|regexp|pattern|line_format|label_format|unwrap|drop|keep|[a-z_]+\\s*(?==|!=|>|<))")
            .map(m -> QueryText.remove(q, m.start(1), m.end(1) - m.start(1)))),
    DROP_LINE_FILTER_STRING(q -> match(q, "(\\|=|\\|~|!=|!~)\\s*(\"(?:[^\"\\\\\\n]|\\\\.)*\"|`[^`]*`)")
            .map(m -> QueryText.remove(q, m.start(2), m.end(2) - m.start(2)))),
    UNCLOSE_STRING(q -> match(q, "(\\|=|\\|~|!=|!~)\\s*(\"(?:[^\"\\\\\\n]|\\\\.)*\")")
            .map(m -> QueryText.remove(q, m.end(2) - 1, 1))),
    MISSPELL_FUNCTION(q -> match(q, "\\b(count_over_time|rate|bytes_over_time|bytes_rate|sum_over_time|avg_over_time"
            + "|max_over_time|min_over_time|quantile_over_time|sum|avg|count|max|min|topk|bottomk)\\s*(?=\\(|by|without)")
            .map(m -> misspell(q, m.start(1)))),
    MISSPELL_PARSER(q -> match(q, "\\|\\s*(json|logfmt|regexp|pattern|unpack|line_format|label_format|unwrap|decolorize)\\b")
            .map(m -> misspell(q, m.start(1)))),
    DANGLE_BINARY_OPERATOR(q -> Optional.of(q.stripTrailing() + " /")),
    BREAK_RANGE_BRACKET(q -> match(q, "\\[\\s*\\d+[a-z]+\\s*(\\])").map(m -> QueryText.remove(q, m.start(1), 1))),
    DROP_RANGE_UNIT(q -> match(q, "\\[\\s*\\d+([a-z]+)\\s*\\]").map(m -> QueryText.remove(q, m.start(1), m.end(1) - m.start(1)))),
    MISPLACE_GROUPING(LogqlMutation::misplaceGrouping);

    private static final Pattern GROUPING = Pattern.compile("\\s*\\b(by|without)\\s*\\([^()]*\\)");

    private final Function<String, Optional<String>> mutate;

    LogqlMutation(Function<String, Optional<String>> mutate) {
        this.mutate = mutate;
    }

    /** The mutant of {@code query}, or empty when the operator finds nothing to break. */
    public Optional<String> apply(String query) {
        return mutate.apply(query).filter(mutant -> !mutant.equals(query));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<Integer> first(String query, char c) {
        List<Integer> found = QueryText.outsideStrings(query, c);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static Optional<Integer> last(String query, char c) {
        List<Integer> found = QueryText.outsideStrings(query, c);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** First match of {@code regex} that starts outside a string. */
    private static Optional<Matcher> match(String query, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(query);
        while (matcher.find()) {
            if (!QueryText.insideString(query, matcher.start())) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    /** Start and end (exclusive) of the first quoted value in the first stream selector. */
    private static Optional<int[]> selectorValue(String query) {
        return match(query, "\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(=|!=|=~|!~)\\s*(\")").flatMap(m -> {
            int end = QueryText.stringEnd(query, m.start(2));
            return end < 0 ? Optional.empty() : Optional.of(new int[] {m.start(2), end});
        });
    }

    private static Optional<String> unquoteLabelValue(String query) {
        return selectorValue(query).map(v -> query.substring(0, v[0]) + query.substring(v[0] + 1, v[1] - 1)
                + query.substring(v[1]));
    }

    /** Drops the second letter: {@code rate} → {@code rte}, {@code json} → {@code jon}. */
    private static String misspell(String query, int at) {
        return QueryText.remove(query, at + 1, 1);
    }

    /** Moves {@code by (…)} right after the first stream selector, or puts one there. */
    private static Optional<String> misplaceGrouping(String query) {
        Optional<Integer> close = first(query, '}');
        if (close.isEmpty()) {
            return Optional.empty();
        }
        Matcher grouping = GROUPING.matcher(query);
        if (grouping.find() && !QueryText.insideString(query, grouping.start()) && grouping.start() > close.get()) {
            String without = QueryText.remove(query, grouping.start(), grouping.end() - grouping.start());
            return Optional.of(QueryText.insert(without, close.get() + 1, grouping.group()));
        }
        return Optional.of(QueryText.insert(query, close.get() + 1, " by (host)"));
    }
}
