package dev.ducky.knowledge.runbook;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads optional YAML front matter; every problem is reported with its line in the file. Works on SnakeYAML's
 * node tree rather than constructed objects so that type errors, too, point at the offending line.
 */
final class FrontMatterReader {
    private static final String DELIMITER = "---";
    private static final int YAML_FIRST_LINE = 2; // the YAML starts right after the opening "---"

    private FrontMatterReader() {
    }

    /** Reads the front matter at the top of {@code lines} (the file's lines), or {@link FrontMatter#NONE}. */
    static FrontMatter read(String path, List<String> lines) throws RunbookFormatException {
        if (lines.isEmpty() || !lines.get(0).strip().equals(DELIMITER)) {
            return FrontMatter.NONE;
        }
        int close = 1;
        while (close < lines.size() && !lines.get(close).strip().equals(DELIMITER)) {
            close++;
        }
        if (close == lines.size()) {
            throw new RunbookFormatException(path, 1, "front matter opened with --- is never closed by a --- line");
        }
        Node root = compose(path, String.join("\n", lines.subList(1, close)));
        if (root == null) {
            return new FrontMatter(Optional.empty(), List.of(), List.of(), List.of(), close + 1);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(path, root, "front matter must be a mapping of keys (title, services, alerts, owners), not "
                    + describe(root));
        }
        Map<String, Node> values = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            // A second "alerts:" silently replacing the first would hide a mistake.
            if (values.put(key, entry.getValueNode()) != null && !key.isEmpty()) {
                throw error(path, entry.getKeyNode(), "front matter has the key '" + key + "' twice");
            }
        }
        return new FrontMatter(title(path, values.get("title")), strings(path, "services", values.get("services")),
                strings(path, "alerts", values.get("alerts")), strings(path, "owners", values.get("owners")),
                close + 1);
    }

    private static Node compose(String path, String yamlText) throws RunbookFormatException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20); // front matter has no business expanding alias bombs
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? fileLine(mark) : YAML_FIRST_LINE;
            throw new RunbookFormatException(path, line, "front matter is not valid YAML: " + describe(e));
        } catch (YAMLException e) {
            throw new RunbookFormatException(path, YAML_FIRST_LINE,
                    "front matter is not valid YAML: " + e.getMessage());
        }
    }

    /** SnakeYAML's problem, plus its context (e.g. where an unclosed bracket opened) as a file line. */
    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : "unreadable YAML";
        if (e.getContext() == null) {
            return problem;
        }
        Mark context = e.getContextMark();
        return problem + " (" + e.getContext() + (context != null ? " that starts on line " + fileLine(context) : "")
                + ")";
    }

    private static Optional<String> title(String path, Node node) throws RunbookFormatException {
        if (node == null || node.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        if (!isString(node) || ((ScalarNode) node).getValue().isBlank()) {
            throw error(path, node, "front matter 'title' must be a non-empty string, not " + describe(node));
        }
        return Optional.of(((ScalarNode) node).getValue().strip());
    }

    private static List<String> strings(String path, String key, Node node) throws RunbookFormatException {
        if (node == null || node.getTag().equals(Tag.NULL)) {
            return List.of();
        }
        if (isString(node)) {
            String one = ((ScalarNode) node).getValue().strip();
            return one.isEmpty() ? List.of() : List.of(one);
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(path, node, "front matter '" + key + "' must be a string or a list of strings, not "
                    + describe(node));
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!isString(item)) {
                throw error(path, item, "front matter '" + key + "' must be a string or a list of strings, but has "
                        + describe(item));
            }
            out.add(((ScalarNode) item).getValue().strip());
        }
        return out;
    }

    private static boolean isString(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.STR);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        String value = ((ScalarNode) node).getValue();
        return node.getTag().equals(Tag.STR) ? "an empty string" : node.getTag().getValue()
                .replace(Tag.PREFIX, "") + " (" + value + ")";
    }

    private static RunbookFormatException error(String path, Node node, String reason) {
        return new RunbookFormatException(path, fileLine(node.getStartMark()), reason);
    }

    private static int fileLine(Mark mark) {
        return mark.getLine() + YAML_FIRST_LINE; // marks are 0-based within the YAML text
    }
}
