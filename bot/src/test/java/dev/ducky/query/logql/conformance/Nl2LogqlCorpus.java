package dev.ducky.query.logql.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LogQL queries of the NL2LogQL set in {@code ../shared/corpora/nl2logql}: each row's {@code output} holds
 * {@code [QL] query [/QL]} followed by an explanation. Duplicates are read once.
 */
public final class Nl2LogqlCorpus {
    private static final Pattern QUERY = Pattern.compile("\\[QL\\](.*?)\\[/QL\\]", Pattern.DOTALL);

    private Nl2LogqlCorpus() {
    }

    public static Path file() {
        return Path.of(System.getProperty("ducky.shared.dir", "../../shared"))
                .resolve("corpora/nl2logql/fine-tuning/llama/data.jsonl");
    }

    public static List<String> queries(Path file) {
        ObjectMapper json = new ObjectMapper();
        Set<String> queries = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                Matcher query = QUERY.matcher(row.path("output").asText());
                if (query.find()) {
                    queries.add(query.group(1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(queries);
    }
}
