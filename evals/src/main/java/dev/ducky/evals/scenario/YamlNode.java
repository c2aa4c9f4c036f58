package dev.ducky.evals.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a scenario file that remembers its file and line, so every complaint about it can say where.
 * Read as YAML nodes rather than bound to classes, because binding loses the line numbers.
 */
final class YamlNode {
    private final Path file;
    private final Node node;

    YamlNode(Path file, Node node) {
        this.file = file;
        this.node = node;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    ScenarioFormatException error(String problem) {
        return new ScenarioFormatException(file, line(), problem);
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    String text(String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(what + " must be a single value");
    }

    boolean bool(String what) {
        String value = text(what).toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw error(what + " must be true or false, not '" + value + "'");
    }

    /** A sequence's items; a single value counts as a one-item list. */
    List<YamlNode> items(String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(n -> new YamlNode(file, n)).toList();
        }
        if (node instanceof ScalarNode) {
            return List.of(this);
        }
        throw error(what + " must be a value or a list");
    }

    List<String> texts(String what) {
        return items(what).stream().map(item -> item.text(what + " items")).toList();
    }

    /** A mapping's entries in file order; rejects keys not in {@code allowed} and keys written twice. */
    Map<String, YamlNode> fields(String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(what + " must be a mapping of keys to values");
        }
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, tuple.getKeyNode());
            String name = key.text("a key");
            if (!allowed.contains(name)) {
                throw key.error("unknown key '" + name + "' in " + what + " (expected one of "
                        + String.join(", ", sorted(allowed)) + ")");
            }
            if (!seen.add(name)) {
                throw key.error("'" + name + "' is written twice in " + what);
            }
            fields.put(name, new YamlNode(file, tuple.getValueNode()));
        }
        return fields;
    }

    /** A mapping of names to single values, e.g. a modal's fields. */
    Map<String, String> textMap(String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(what + " must be a mapping of names to values");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            values.put(new YamlNode(file, tuple.getKeyNode()).text("a key"),
                    new YamlNode(file, tuple.getValueNode()).text(what + " values"));
        }
        return values;
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
