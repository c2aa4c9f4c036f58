package dev.ducky.query.promql.conformance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code expr} of every alerting and recording rule in a folder of YAML files: Prometheus rule files
 * ({@code groups:}) and Kubernetes PrometheusRule resources ({@code spec: groups:}), several documents per
 * file allowed. Expressions are taken as YAML scalars' text, exactly as Prometheus reads them.
 */
public final class RuleCorpus {
    private RuleCorpus() {
    }

    /** One expression and the file it came from (relative to the corpora folder). */
    public record RuleExpr(String source, String expr) {
    }

    public static List<RuleExpr> read(Path corpora) {
        List<RuleExpr> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpora)) {
            for (Path file : files.filter(RuleCorpus::isYaml).sorted().toList()) {
                for (String expr : expressions(file)) {
                    out.add(new RuleExpr(corpora.relativize(file).toString(), expr));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The distinct expressions, in corpus order. */
    public static List<String> distinct(List<RuleExpr> exprs) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        exprs.forEach(e -> seen.putIfAbsent(e.expr(), true));
        return List.copyOf(seen.keySet());
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    private static List<String> expressions(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Node doc : new Yaml(options).composeAll(reader)) {
                Node groups = field(doc, "groups");
                if (groups == null) {
                    groups = field(field(doc, "spec"), "groups");
                }
                if (groups instanceof SequenceNode seq) {
                    for (Node group : seq.getValue()) {
                        if (field(group, "rules") instanceof SequenceNode rules) {
                            for (Node rule : rules.getValue()) {
                                boolean isRule = field(rule, "alert") != null || field(rule, "record") != null;
                                if (isRule && field(rule, "expr") instanceof ScalarNode expr) {
                                    out.add(expr.getValue());
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Node field(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }
}
