package dev.ducky.query.link;

import java.util.List;
import java.util.Objects;

/**
 * One dashboard (or any page) in the team's link catalog.
 *
 * @param services the services it is about; empty for a general page
 * @param tags     what it shows, in the words people ask with ("slo", "latency", "error budget")
 */
public record LinkEntry(String title, String url, List<String> services, List<String> tags) {
    public LinkEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("link '" + title + "' needs an http(s) url, not " + url);
        }
        services = List.copyOf(services);
        tags = List.copyOf(tags);
    }
}
