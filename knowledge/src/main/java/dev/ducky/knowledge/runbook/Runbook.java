package dev.ducky.knowledge.runbook;

import java.util.List;
import java.util.Objects;

/**
 * One parsed runbook file.
 *
 * @param path     the file, relative to its runbook directory, '/' separators
 * @param title    front matter {@code title}, else the first H1, else the file name
 * @param services services it covers (front matter), possibly empty
 * @param alerts   alerts it answers (front matter), possibly empty
 * @param owners   teams or people to escalate to (front matter), possibly empty
 * @param sections its sections in file order, never empty
 */
public record Runbook(String path, String title, List<String> services, List<String> alerts, List<String> owners,
                      List<Section> sections) {
    public Runbook {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        services = List.copyOf(services);
        alerts = List.copyOf(alerts);
        owners = List.copyOf(owners);
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a runbook has at least one section: " + path);
        }
    }
}
