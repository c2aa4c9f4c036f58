package dev.ducky.query.logql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Fixture files under src/test/resources/logql: lines starting with "# " and blank lines are comments. */
final class LogqlFixtures {
    private LogqlFixtures() {
    }

    static List<String> lines(String name) {
        try (InputStream in = LogqlFixtures.class.getResourceAsStream("/logql/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture logql/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated rows with exactly {@code columns} fields (a field may be empty). */
    static List<List<String>> rows(String name, int columns) {
        return lines(name).stream().map(line -> {
            List<String> fields = Arrays.asList(line.split("\t", -1));
            if (fields.size() != columns) {
                throw new IllegalArgumentException("logql/" + name + ": expected " + columns + " fields in: " + line);
            }
            return fields;
        }).toList();
    }
}
