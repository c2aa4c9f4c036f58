package dev.ducky.knowledge.index;

import java.util.Objects;

/**
 * A question for the runbook index.
 *
 * @param question    the responder's words
 * @param k           how many sections to return, 1 or more
 * @param mode        which searches to run
 * @param filter      services, alerts or roles to keep to
 * @param grouped     whether a runbook's further sections must earn their place against other runbooks (see
 *                    {@link RankFusion})
 * @param queryVector the question's embedding when the caller has it already ({@link RunbookSearcher#embedQuestion}),
 *                    else null (computed on demand)
 */
public record SearchRequest(String question, int k, SearchMode mode, SectionFilter filter, boolean grouped,
                            float[] queryVector) {
    public SearchRequest {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(filter, "filter");
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
    }

    /** A hybrid, grouped, unfiltered search: what a responder's question gets. */
    public static SearchRequest of(String question, int k) {
        return new SearchRequest(question, k, SearchMode.HYBRID, SectionFilter.NONE, true, null);
    }

    public SearchRequest withMode(SearchMode newMode) {
        return new SearchRequest(question, k, newMode, filter, grouped, queryVector);
    }

    public SearchRequest withFilter(SectionFilter newFilter) {
        return new SearchRequest(question, k, mode, newFilter, grouped, queryVector);
    }

    public SearchRequest withGrouping(boolean group) {
        return new SearchRequest(question, k, mode, filter, group, queryVector);
    }

    public SearchRequest withQueryVector(float[] vector) {
        return new SearchRequest(question, k, mode, filter, grouped, vector);
    }
}
