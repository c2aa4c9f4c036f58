package dev.ducky.query.promql.ast;

import java.util.List;
import java.util.Objects;

/**
 * How a binary operation pairs series: {@code on(labels)} or {@code ignoring(labels)}, and
 * {@code group_left/right(include)}.
 */
public record VectorMatching(Cardinality card, List<String> labels, boolean on, List<String> include) {
    public VectorMatching {
        Objects.requireNonNull(card, "card");
        labels = List.copyOf(labels);
        include = List.copyOf(include);
    }

    public static VectorMatching oneToOne() {
        return new VectorMatching(Cardinality.ONE_TO_ONE, List.of(), false, List.of());
    }

    public enum Cardinality { ONE_TO_ONE, MANY_TO_ONE, ONE_TO_MANY, MANY_TO_MANY }
}
