package dev.ducky.knowledge.alerts;

import java.util.Objects;

/**
 * One alerting rule from a Prometheus rule file.
 *
 * @param name        the alert name ({@code alert:})
 * @param expr        its PromQL expression, as written
 * @param severity    the {@code severity} label, "" when absent
 * @param summary     the {@code summary} annotation, "" when absent
 * @param description the {@code description} (or older {@code message}) annotation, "" when absent
 * @param runbookUrl  the {@code runbook_url} annotation, "" when absent
 * @param group       the rule group it belongs to
 * @param path        the rule file, relative to its runbook directory, '/' separators
 * @param line        1-based line of the rule's {@code alert:} key
 */
public record AlertRule(String name, String expr, String severity, String summary, String description,
                        String runbookUrl, String group, String path, int line) {
    public AlertRule {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("an alert rule needs a name");
        }
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(runbookUrl, "runbookUrl");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(path, "path");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }

    /** The file a {@code runbook_url} points at: its last path segment without a {@code #fragment}, or "". */
    public String runbookFileName() {
        String url = runbookUrl.contains("#") ? runbookUrl.substring(0, runbookUrl.indexOf('#')) : runbookUrl;
        url = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The {@code #fragment} of the {@code runbook_url} (a section anchor), or "". */
    public String runbookAnchor() {
        int hash = runbookUrl.indexOf('#');
        return hash < 0 ? "" : runbookUrl.substring(hash + 1);
    }
}
