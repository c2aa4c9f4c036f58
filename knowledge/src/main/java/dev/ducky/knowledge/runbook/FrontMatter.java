package dev.ducky.knowledge.runbook;

import java.util.List;
import java.util.Optional;

/**
 * The YAML block between {@code ---} lines at the top of a runbook; every key is optional.
 *
 * @param title    the runbook title, when given
 * @param services services the runbook covers
 * @param alerts   alerts it answers
 * @param owners   teams or people to escalate to
 * @param lines    file lines the block takes, delimiters included (0 without front matter)
 */
public record FrontMatter(Optional<String> title, List<String> services, List<String> alerts, List<String> owners,
                          int lines) {
    public static final FrontMatter NONE = new FrontMatter(Optional.empty(), List.of(), List.of(), List.of(), 0);

    public FrontMatter {
        services = List.copyOf(services);
        alerts = List.copyOf(alerts);
        owners = List.copyOf(owners);
    }
}
