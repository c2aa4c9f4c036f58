package dev.ducky.query.translate;

import java.util.Optional;

/**
 * One kind of question Ducky knows how to turn into a query (error ratios, latency quantiles, restarts…):
 * how strongly a question asks for it, and the query (or a question back) it writes from the catalog.
 */
public interface Recipe {
    /** The language the recipe writes. */
    default dev.ducky.query.QueryLanguage language() {
        return dev.ducky.query.QueryLanguage.PROMQL;
    }

    /** A short stable id, e.g. {@code latency-quantile}; it shows in the trace and the JSON. */
    String intent();

    /** How strongly the question asks for this recipe: 0 for not at all, higher for clearer cues. */
    int cue(Question q);

    /** The query, or a clarifying question; empty when the catalog lacks what this recipe needs. */
    Optional<Attempt> write(Kitchen k);
}
