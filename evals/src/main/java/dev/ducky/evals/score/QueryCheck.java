package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query Ducky shows (trace field {@code query}): its language, whether it was validated as valid, the
 * metrics it uses, and a fragment of its text. Null fields are not checked.
 */
public record QueryCheck(String language, Boolean valid, List<String> metrics, String contains) implements Check {
    public QueryCheck {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (language != null) {
            parts.add("in " + language);
        }
        if (valid != null) {
            parts.add(valid ? "valid" : "invalid");
        }
        if (!metrics.isEmpty()) {
            parts.add("using " + String.join(", ", metrics));
        }
        if (contains != null) {
            parts.add("containing \"" + contains + "\"");
        }
        return "shows a query" + (parts.isEmpty() ? "" : " " + String.join(", ", parts));
    }

    @Override
    public CheckResult check(BotMessage message) {
        Map<String, Object> query = message.section("query");
        if (query.isEmpty()) {
            return CheckResult.fail(describe(), "no query in the trace");
        }
        List<String> wrong = new ArrayList<>();
        if (language != null && !language.equalsIgnoreCase(String.valueOf(query.get("language")))) {
            wrong.add("language " + query.get("language"));
        }
        if (valid != null && !valid.equals(query.get("valid"))) {
            wrong.add(query.containsKey("valid") ? "valid=" + query.get("valid") : "validity not recorded");
        }
        Object used = query.get("metrics");
        List<String> usedMetrics = used instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        if (!usedMetrics.containsAll(metrics)) {
            wrong.add(used == null ? "metrics not recorded" : "metrics " + usedMetrics);
        }
        String text = String.valueOf(query.getOrDefault("text", ""));
        if (contains != null && !text.toLowerCase(Locale.ROOT).contains(contains.toLowerCase(Locale.ROOT))) {
            wrong.add("query text " + Excerpt.of(text));
        }
        return CheckResult.of(describe(), wrong.isEmpty(), String.join("; ", wrong));
    }
}
