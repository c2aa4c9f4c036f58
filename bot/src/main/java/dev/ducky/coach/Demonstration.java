package dev.ducky.coach;

import dev.ducky.conversation.Link;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a demonstrate move shows besides its text: the query (checked, never run), where its worked example came
 * from, and the links that open it in the team's tools.
 *
 * @param language  {@code promql} or {@code logql}, or null when no query is shown
 * @param query     the query shown, or null
 * @param valid     the parser's verdict on it
 * @param intent    which recipe wrote it ({@code example} for a worked example)
 * @param source    where the worked example came from: {@code runbook}, {@code alert rule}, {@code team history}; or null
 * @param lints     the ids of the lints shown with it
 */
public record Demonstration(@Nullable String language, @Nullable String query, boolean valid, List<String> metrics,
                            List<String> functions, @Nullable String intent, @Nullable String source, List<String> lints,
                            List<Link> links) {
    public Demonstration {
        metrics = List.copyOf(metrics);
        functions = List.copyOf(functions);
        lints = List.copyOf(lints);
        links = List.copyOf(links);
        if (valid && query == null) {
            throw new IllegalArgumentException("only a query can be valid");
        }
    }

    /** A link to open, with no query (a dashboard). */
    public static Demonstration linkOnly(Link link) {
        return new Demonstration(null, null, false, List.of(), List.of(), null, null, List.of(), List.of(link));
    }

    /** The trace's {@code query} record, or null when no query is shown. */
    public Map<String, Object> traceQuery() {
        if (query == null) {
            return null;
        }
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("language", Objects.requireNonNull(language));
        q.put("text", query);
        q.put("valid", valid);
        q.put("metrics", metrics);
        q.put("functions", functions);
        q.put("intent", intent);
        q.put("lints", lints);
        q.put("link", !links.isEmpty());
        return q;
    }
}
