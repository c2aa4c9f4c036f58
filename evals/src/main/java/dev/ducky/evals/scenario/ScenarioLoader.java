package dev.ducky.evals.scenario;

import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.rules.Rule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads scenario files. A directory holds scenarios as its {@code *.yaml} / {@code *.yml} files; its
 * sub-folders are left alone, since they are scenarios' knowledge folders.
 */
public final class ScenarioLoader {
    private static final Set<String> KEYS = Set.of("title", "source", "description", "tags", "requires",
            "knowledge", "model", "turns", "known_violations");

    private ScenarioLoader() {
    }

    /** Every scenario under these files and directories, sorted by file name within each directory. */
    public static List<Scenario> loadAll(List<Path> paths) {
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioFormatException> problems = new ArrayList<>();
        for (Path file : files(paths)) {
            try {
                scenarios.add(load(file));
            } catch (ScenarioFormatException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenariosException(problems);
        }
        return scenarios;
    }

    public static Scenario load(Path file) {
        Node root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : e.getContext() + (e.getContextMark() == null ? ""
                    : " (line " + (e.getContextMark().getLine() + 1) + ")") + ": ";
            throw new ScenarioFormatException(file, mark == null ? 1 : mark.getLine() + 1, "not valid YAML: "
                    + context + e.getProblem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null) {
            throw new ScenarioFormatException(file, 1, "the file is empty");
        }
        YamlNode top = new YamlNode(file, root);
        Map<String, YamlNode> f = top.fields("a scenario", KEYS);
        for (String required : List.of("title", "source", "turns")) {
            if (!f.containsKey(required)) {
                throw top.error("a scenario needs '" + required + "'");
            }
        }
        Set<Feature> requires = f.containsKey("requires") ? requires(f.get("requires")) : Set.of();
        List<String> script = f.containsKey("model") ? modelScript(f.get("model"), requires) : List.of();
        Path knowledge = f.containsKey("knowledge") ? knowledge(file, f.get("knowledge")) : null;
        String name = file.getFileName().toString();
        List<ScenarioTurn> turns = new TurnParser(requires).parse(f.get("turns"));
        return new Scenario(file, name.substring(0, name.lastIndexOf('.')), f.get("title").text("title"),
                f.get("source").text("source"), f.containsKey("tags") ? f.get("tags").texts("tags") : List.of(),
                requires, knowledge, script, turns,
                f.containsKey("known_violations") ? known(f.get("known_violations"), turns) : List.of());
    }

    private static Set<Feature> requires(YamlNode node) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        for (YamlNode item : node.items("requires")) {
            String label = item.text("requires");
            features.add(Feature.ofLabel(label).orElseThrow(() -> item.error("unknown feature '" + label
                    + "' (known: support, model, knowledge)")));
        }
        return features;
    }

    private static List<KnownViolation> known(YamlNode node, List<ScenarioTurn> turns) {
        List<KnownViolation> known = new ArrayList<>();
        for (YamlNode item : node.items("known_violations")) {
            Map<String, YamlNode> f = item.fields("a known violation", Set.of("rule", "turn", "why"));
            if (!f.containsKey("rule") || !f.containsKey("why")) {
                throw item.error("a known violation needs 'rule' and 'why' (what Ducky does wrong, where it is fixed)");
            }
            String turn = f.containsKey("turn") ? f.get("turn").text("turn") : null;
            if (turn != null && turns.stream().noneMatch(t -> t.id().equals(turn))) {
                throw f.get("turn").error("no turn has the id '" + turn + "'");
            }
            known.add(new KnownViolation(item.line(), Enums.of(Rule.class, f.get("rule"), "rule"), turn,
                    f.get("why").text("why")));
        }
        return known;
    }

    private static List<String> modelScript(YamlNode node, Set<Feature> requires) {
        if (!requires.contains(Feature.MODEL)) {
            throw node.error("a scripted model needs 'requires: [model]' on the scenario");
        }
        return node.fields("model", Set.of("script")).get("script").texts("model script");
    }

    /** {@code samples} (the default) or a folder relative to the scenario file. */
    private static Path knowledge(Path file, YamlNode node) {
        String value = node.text("knowledge");
        if (value.equals("samples")) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent().resolve(value).normalize();
        if (!Files.isDirectory(folder)) {
            throw node.error("knowledge folder " + folder + " does not exist");
        }
        return folder;
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(ScenarioLoader::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UncheckedIOException(new java.nio.file.NoSuchFileException(path.toString(), null,
                        "no scenario file or directory"));
            }
        }
        return files;
    }

    private static boolean isScenarioFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
