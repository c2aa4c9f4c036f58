package dev.ducky.knowledge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A question of a quality set and the runbook files that answer it. */
record BenchQuestion(String question, Set<String> expected) {

    /** Reads {@code question | file[, file]} lines from a test resource; '#' lines are comments. */
    static List<BenchQuestion> load(String resource) throws IOException {
        try (InputStream in = BenchQuestion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|"))
                    .map(parts -> new BenchQuestion(parts[0].strip(), Arrays.stream(parts[1].split(","))
                            .map(String::strip).collect(Collectors.toSet())))
                    .toList();
        }
    }

    /** Reads questions without answers, one a line; '#' lines are comments. */
    static List<BenchQuestion> loadQuestions(String resource) throws IOException {
        try (InputStream in = BenchQuestion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> new BenchQuestion(line.strip(), Set.of())).toList();
        }
    }

    /** Whether the question is scored by section: its expected answers are {@code path#anchor}. */
    boolean bySection() {
        return expected.stream().anyMatch(answer -> answer.contains("#"));
    }

    /** 1-based rank of the first path in {@code ranked} that answers the question, or 0. */
    int rankIn(List<String> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            if (expected.contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
