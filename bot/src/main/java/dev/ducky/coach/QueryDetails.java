package dev.ducky.coach;

import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import dev.ducky.query.analysis.Lint;
import dev.ducky.query.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines under a shown query: what each part does, what the linter advises, and where to run it. */
final class QueryDetails {
    private static final int MAX_EXPLANATION_LINES = 6;

    private QueryDetails() {
    }

    static String of(Translation t, Templates templates) {
        List<String> lines = new ArrayList<>();
        t.explanation().stream().limit(MAX_EXPLANATION_LINES).forEach(line -> lines.add("• " + line));
        for (Lint lint : t.lints()) {
            lines.add("⚠ " + lint.message() + " (`" + lint.rule() + "`)");
        }
        lines.add(t.link() != null ? templates.render(Part.QUERY_LINK_BELOW, Map.of("tool", tool(t.link())))
                : templates.render(Part.QUERY_NO_LINK, Map.of()));
        return String.join("\n", lines);
    }

    static String linkLabel(String url, Templates templates) {
        return templates.render(Part.QUERY_LINK_LABEL, Map.of("tool", tool(url)));
    }

    private static String tool(String url) {
        return url.contains("/explore?") ? "Grafana Explore" : "Prometheus";
    }
}
