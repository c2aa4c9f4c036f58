package dev.ducky.query.promql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the PromQL fixture files under {@code src/test/resources/promql}; {@code #} lines are comments. */
public final class PromqlFixtures {
    private PromqlFixtures() {
    }

    /** The fixture's lines, comments dropped, blank lines kept (they separate blocks). */
    public static List<String> lines(String name) {
        try (InputStream in = PromqlFixtures.class.getResourceAsStream("/promql/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture promql/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blank-line separated blocks of non-blank lines. */
    public static List<List<String>> blocks(String name) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines(name)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
