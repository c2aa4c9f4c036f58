package dev.ducky.query.examples;

import dev.ducky.query.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The alerting rules of a Prometheus rule file ({@code groups: - rules: - alert:, expr:, annotations:}), each
 * as a worked example: what the alert says in words, and the expression that decides it.
 */
public final class AlertRules {
    private AlertRules() {
    }

    /** The file's alerting rules; empty when the text is not a rule file. */
    public static List<WorkedExample> parse(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            return List.of();
        }
        List<WorkedExample> examples = new ArrayList<>();
        if (root instanceof Map<?, ?> file && file.get("groups") instanceof List<?> groups) {
            for (Object group : groups) {
                if (group instanceof Map<?, ?> g && g.get("rules") instanceof List<?> rules) {
                    rules.forEach(rule -> alert(rule).ifPresent(examples::add));
                }
            }
        }
        return examples;
    }

    private static java.util.Optional<WorkedExample> alert(Object rule) {
        if (!(rule instanceof Map<?, ?> r) || !(r.get("alert") instanceof String name) || r.get("expr") == null
                || String.valueOf(r.get("expr")).isBlank()) {
            return java.util.Optional.empty();
        }
        StringBuilder words = new StringBuilder(splitCamelCase(name));
        if (r.get("annotations") instanceof Map<?, ?> annotations) {
            for (String key : List.of("summary", "description", "message")) {
                if (annotations.get(key) != null) {
                    words.append(". ").append(withoutTemplates(String.valueOf(annotations.get(key))));
                }
            }
        }
        return java.util.Optional.of(new WorkedExample(words.toString().replaceAll("\\s+", " ").strip(),
                QueryLanguage.PROMQL, String.valueOf(r.get("expr")), WorkedExample.Source.ALERT_RULE, name));
    }

    /** {@code KubePodCrashLooping} → {@code Kube Pod Crash Looping}. */
    static String splitCamelCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
    }

    /** Annotation text without its Go templates ({@code {{ $value }}}), which say nothing about the meaning. */
    private static String withoutTemplates(String text) {
        return text.replaceAll("(?s)\\{\\{.*?}}", " ").replaceAll("(VALUE|LABELS)\\s*=", " ");
    }
}
