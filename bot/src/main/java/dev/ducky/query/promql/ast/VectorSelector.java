package dev.ducky.query.promql.ast;

import java.util.List;
import java.util.Objects;

/**
 * An instant vector selector, {@code name{matchers} offset … @ …}.
 *
 * @param name     the metric name written before the braces, or "" when there is none
 * @param matchers the matchers inside the braces, as written
 * @param at       the {@code @} modifier, or null
 */
public record VectorSelector(String name, List<Matcher> matchers, long offsetMillis, AtModifier at,
                             int start, int end) implements Expr {
    public VectorSelector {
        Objects.requireNonNull(name, "name");
        matchers = List.copyOf(matchers);
    }

    @Override
    public ValueType type() {
        return ValueType.VECTOR;
    }

    /** The metric this selects: the name, or the value of an equality matcher on {@code __name__}. */
    public String metric() {
        if (!name.isEmpty()) {
            return name;
        }
        return matchers.stream()
                .filter(m -> m.name().equals("__name__") && m.type() == Matcher.MatchType.EQUAL)
                .map(Matcher::value).findFirst().orElse("");
    }

    public VectorSelector withOffset(long millis, int newEnd) {
        return new VectorSelector(name, matchers, millis, at, start, newEnd);
    }

    public VectorSelector withAt(AtModifier modifier, int newEnd) {
        return new VectorSelector(name, matchers, offsetMillis, modifier, start, newEnd);
    }
}
