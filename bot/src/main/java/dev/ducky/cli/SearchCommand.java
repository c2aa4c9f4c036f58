package dev.ducky.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SearchHit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ducky search QUESTION}: the best runbook sections for a question; needs no application context. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the runbook index.")
public class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "What you are looking for.")
    List<String> words;

    @Option(names = "--index-dir", paramLabel = "D", description = "Index directory (default: $DUCKY_INDEX_DIR or data/index).")
    Path indexDir;

    @Option(names = "-k", paramLabel = "N", description = "How many sections (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int k;

    @Option(names = "--json", description = "Print [{\"path\",\"anchor\",\"title\",\"section\",\"score\"}].")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<SearchHit> hits;
        try (RunbookSearcher searcher = RunbookSearcher.open(Defaults.indexDir(indexDir))) {
            hits = searcher.search(String.join(" ", words), k);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        if (json) {
            System.out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(hits.stream().map(SearchCommand::asJson).toList()));
        } else if (hits.isEmpty()) {
            System.out.println("No runbook section matches.");
        } else {
            for (SearchHit hit : hits) {
                System.out.printf("%6.2f  %s  %s%n", hit.score(), hit.citation(), String.join(" › ", hit.breadcrumb()));
            }
        }
        return 0;
    }

    private static Map<String, Object> asJson(SearchHit hit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", hit.path());
        out.put("anchor", hit.anchor());
        out.put("title", hit.title());
        out.put("section", hit.section());
        out.put("score", hit.score());
        return out;
    }
}
