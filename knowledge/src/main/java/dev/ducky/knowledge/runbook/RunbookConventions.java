package dev.ducky.knowledge.runbook;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Metadata that public runbook repositories encode in their layout instead of front matter. The prometheus-operator
 * and OpenShift runbooks name each file after its alert ({@code KubePodCrashLooping.md}, titled the same); GitLab's
 * runbooks keep one folder per service ({@code docs/patroni/…}).
 */
final class RunbookConventions {
    // An alert name: an identifier with a capital after its first letter, e.g. KubePodCrashLooping, etcdNoLeader.
    // Read once: lower case up to the first capital, anything but lower case up to the next small letter, then the
    // rest; it starts only where a lower-case run does, so a long word is not retried from each of its letters.
    private static final Pattern ALERT_NAME =
            Pattern.compile("(?<![a-z])[a-z]*+[A-Z][A-Z0-9]*+[a-z][A-Za-z0-9]*+");
    // Folders that hold runbooks without naming a service.
    private static final Set<String> CONTAINERS = Set.of("docs", "doc", "content", "runbooks", "runbook", "alerts",
            "playbooks", "src", "pages");

    private RunbookConventions() {
    }

    /**
     * The front matter's alerts, else the file's name when it is an alert name and the runbook's heading or title
     * says the same (so a helper page like {@code accessToolbox.md} is not taken for an alert).
     */
    static List<String> alerts(List<String> declared, String path, String title, String firstH1) {
        if (!declared.isEmpty()) {
            return declared;
        }
        String stem = stem(path);
        boolean named = ALERT_NAME.matcher(stem).matches()
                && (squash(stem).equals(squash(title)) || squash(stem).equals(squash(firstH1)));
        return named ? List.of(stem) : List.of();
    }

    /** The front matter's services, else the first folder of the path that is not a generic container. */
    static List<String> services(List<String> declared, String path) {
        if (!declared.isEmpty()) {
            return declared;
        }
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!CONTAINERS.contains(parts[i].toLowerCase(Locale.ROOT)) && !parts[i].startsWith("_")) {
                return List.of(parts[i]);
            }
        }
        return List.of();
    }

    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String squash(String text) {
        return text == null ? "" : text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
