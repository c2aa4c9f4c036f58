package dev.ducky.query.examples;

import dev.ducky.knowledge.runbook.Runbook;
import dev.ducky.knowledge.runbook.RunbookFormatException;
import dev.ducky.knowledge.runbook.RunbookParser;
import dev.ducky.knowledge.runbook.Section;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.SelectorFacts;
import dev.ducky.query.catalog.StreamLabels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the team's runbooks and alert rule files teach the translator: the metrics and label values their
 * queries use, the log stream labels, and every query with its description as a worked example.
 *
 * @param catalog  metrics and label values seen in the queries
 * @param streams  log stream labels and values seen in LogQL
 * @param examples alert rules and runbook queries, described
 */
public record Harvest(MetricCatalog catalog, StreamLabels streams, List<WorkedExample> examples) {
    private static final long MAX_FILE_BYTES = 1 << 20;

    public Harvest {
        examples = List.copyOf(examples);
    }

    public static Harvest empty() {
        return new Harvest(MetricCatalog.empty(), StreamLabels.none(), List.of());
    }

    /** Reads every Markdown and YAML file under the directories; unreadable or foreign files are skipped. */
    public static Harvest of(List<Path> dirs) {
        List<WorkedExample> examples = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    try {
                        examples.addAll(read(dir, file));
                    } catch (java.nio.charset.CharacterCodingException notUtf8) {
                        // the indexer reports such files; they hold no query we could read anyway
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read runbooks under " + dir, e);
            }
        }
        return fromExamples(examples);
    }

    /** The catalog and stream labels that a set of examples' queries imply, with the examples themselves. */
    public static Harvest fromExamples(List<WorkedExample> examples) {
        List<MetricInfo> metrics = new ArrayList<>();
        Map<String, Set<String>> streams = new LinkedHashMap<>();
        for (WorkedExample example : examples) {
            if (example.language() == QueryLanguage.PROMQL) {
                metrics.addAll(SelectorFacts.promql(example.query()));
            } else {
                SelectorFacts.logql(example.query()).forEach((label, vs) ->
                        streams.computeIfAbsent(label, l -> new LinkedHashSet<>()).addAll(vs));
            }
        }
        return new Harvest(new MetricCatalog(metrics), new StreamLabels(streams), examples);
    }

    private static List<WorkedExample> read(Path dir, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || Files.size(file) > MAX_FILE_BYTES) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return AlertRules.parse(text);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return runbook(dir.relativize(file).toString().replace('\\', '/'), text);
        }
        return List.of();
    }

    private static List<WorkedExample> runbook(String path, String text) {
        Runbook runbook;
        try {
            runbook = new RunbookParser().parse(path, text);
        } catch (RunbookFormatException e) {
            return List.of();
        }
        List<WorkedExample> examples = new ArrayList<>();
        for (Section section : runbook.sections()) {
            for (RunbookQueries.Found found : RunbookQueries.in(section.text())) {
                String description = runbook.title() + " › " + section.heading() + ". " + found.introduction();
                examples.add(new WorkedExample(description, found.language(), found.query(),
                        WorkedExample.Source.RUNBOOK, section.id()));
            }
        }
        return examples;
    }
}
