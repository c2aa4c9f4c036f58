package dev.ducky.conversation;

import java.util.Objects;

/**
 * A link a reply offers to open in the team's own tool: a query in Grafana Explore or Prometheus, or a
 * dashboard. Opening it is the human's act; Ducky only builds the URL.
 *
 * @param label what the human reads, e.g. {@code Open in Grafana Explore}
 */
public record Link(String label, String url) {
    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("a link is http(s): " + url);
        }
    }
}
