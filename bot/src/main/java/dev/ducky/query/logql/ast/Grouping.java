package dev.ducky.query.logql.ast;

import java.util.List;

/** {@code by (a, b)} or {@code without (a)} on an aggregation. */
public record Grouping(boolean without, List<String> labels, int position) {
    public Grouping {
        labels = List.copyOf(labels);
    }

    public String keyword() {
        return without ? "without" : "by";
    }
}
