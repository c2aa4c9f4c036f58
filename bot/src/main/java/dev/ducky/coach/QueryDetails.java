package dev.ducky.coach;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.translate.Translation;
import java.util.ArrayList;
import java.util.List;

/** The lines under a shown query: what each part does, what the linter advises, and where to run it. */
final class QueryDetails {
    private static final int MAX_EXPLANATION_LINES = 6;

    private QueryDetails() {
    }

    static String of(Translation t) {
        List<String> lines = new ArrayList<>();
        t.explanation().stream().limit(MAX_EXPLANATION_LINES).forEach(line -> lines.add("• " + line));
        for (Lint lint : t.lints()) {
            lines.add("⚠ " + lint.message() + " (`" + lint.rule() + "`)");
        }
        lines.add(t.link() != null ? "The link below opens it in " + tool(t.link()) + "."
                : "(No Grafana or Prometheus URL is configured, so there is no link: paste it into your tool.)");
        return String.join("\n", lines);
    }

    static String linkLabel(String url) {
        return "Open in " + tool(url);
    }

    private static String tool(String url) {
        return url.contains("/explore?") ? "Grafana Explore" : "Prometheus";
    }
}
