package dev.ducky.knowledge.bench;

import dev.ducky.knowledge.embedding.TextEmbedder;
import dev.ducky.knowledge.embedding.Vectors;
import dev.ducky.knowledge.runbook.Runbook;
import dev.ducky.knowledge.runbook.RunbookFormatException;
import dev.ducky.knowledge.runbook.RunbookParser;
import dev.ducky.knowledge.runbook.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Experiment: one embedding per runbook file (title and prose), ranked by cosine. */
final class WholeFileVectors {
    private final TextEmbedder embedder;
    private final List<String> paths = new ArrayList<>();
    private final List<float[]> vectors;

    WholeFileVectors(Path root, TextEmbedder embedder) throws IOException {
        this.embedder = embedder;
        List<String> texts = new ArrayList<>();
        RunbookParser parser = new RunbookParser();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String path = root.relativize(file).toString();
                try {
                    Runbook runbook = parser.parse(path, Files.readAllBytes(file));
                    StringBuilder text = new StringBuilder(runbook.title()).append('\n');
                    for (Section section : runbook.sections()) {
                        text.append(section.heading()).append(": ").append(section.text()).append('\n');
                    }
                    paths.add(path);
                    texts.add(text.toString());
                } catch (RunbookFormatException e) {
                    // skipped like the indexer does
                }
            }
        }
        vectors = embedder.embedAll(texts);
    }

    List<String> search(String question, int k) {
        float[] query = embedder.embedQuery(question);
        return IntStream.range(0, paths.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -Vectors.dot(query, vectors.get(i))))
                .limit(k).map(paths::get).toList();
    }
}
