package dev.ducky.knowledge.alerts;

import dev.ducky.knowledge.runbook.RunbookFormatException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the alerting rules of a Prometheus rule file: a plain {@code groups:} file or a Kubernetes
 * {@code PrometheusRule} ({@code spec.groups}), several YAML documents per file allowed. Recording rules are not
 * alerts and are left out. Works on SnakeYAML's node tree so every rule keeps its line. Thread-safe.
 */
public final class AlertRuleParser {

    /** The alerts in {@code yaml}; empty when the file is YAML but not a rule file (a values file, a manifest). */
    public List<AlertRule> parse(String path, String yaml) throws RunbookFormatException {
        List<AlertRule> rules = new ArrayList<>();
        for (Node document : compose(path, yaml)) {
            Node groups = groupsOf(document);
            if (groups instanceof SequenceNode sequence) {
                for (Node group : sequence.getValue()) {
                    readGroup(path, group, rules);
                }
            }
        }
        return rules;
    }

    private static Iterable<Node> compose(String path, String yaml) throws RunbookFormatException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        try {
            List<Node> documents = new ArrayList<>();
            new Yaml(new SafeConstructor(options)).composeAll(new StringReader(yaml)).forEach(documents::add);
            return documents;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new RunbookFormatException(path, mark == null ? 0 : mark.getLine() + 1,
                    "not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YAMLException e) {
            throw new RunbookFormatException(path, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private static Node groupsOf(Node document) {
        Node groups = child(document, "groups");
        if (groups == null && "PrometheusRule".equals(text(child(document, "kind")))) {
            groups = child(child(document, "spec"), "groups");
        }
        return groups;
    }

    private static void readGroup(String path, Node group, List<AlertRule> rules) throws RunbookFormatException {
        String groupName = text(child(group, "name"));
        if (!(child(group, "rules") instanceof SequenceNode sequence)) {
            return;
        }
        for (Node rule : sequence.getValue()) {
            Node alert = child(rule, "alert");
            if (alert == null) {
                continue; // a recording rule
            }
            int line = alert.getStartMark().getLine() + 1;
            String name = text(alert);
            if (name.isBlank()) {
                throw new RunbookFormatException(path, line, "an alert rule needs a name after 'alert:'");
            }
            Node annotations = child(rule, "annotations");
            String description = text(child(annotations, "description"));
            rules.add(new AlertRule(name, text(child(rule, "expr")).strip(), text(child(child(rule, "labels"),
                    "severity")), text(child(annotations, "summary")).strip(),
                    (description.isEmpty() ? text(child(annotations, "message")) : description).strip(),
                    text(child(annotations, "runbook_url")).strip(), groupName, path, line));
        }
    }

    private static Node child(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return entry.getValueNode();
                }
            }
        }
        return null;
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }
}
