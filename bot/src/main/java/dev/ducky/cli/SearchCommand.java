package dev.ducky.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ducky.config.KnowledgeSettings;
import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.index.SearchMode;
import dev.ducky.knowledge.index.SearchRequest;
import dev.ducky.knowledge.index.SectionFilter;
import dev.ducky.knowledge.runbook.SectionRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Option(names = "--service", paramLabel = "S", description = "Only runbooks of this service (repeatable).")
    List<String> services = new ArrayList<>();

    @Option(names = "--alert", paramLabel = "A", description = "Only runbooks of this alert (repeatable).")
    List<String> alerts = new ArrayList<>();

    @Option(names = "--role", paramLabel = "R",
            description = "Only sections of this role: ${COMPLETION-CANDIDATES} (repeatable).")
    List<SectionRole> roles = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "M", defaultValue = "HYBRID",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SearchMode mode;

    @Option(names = "--vocabulary", paramLabel = "F",
            description = "The team's own words, added to the bundled ones (default: $DUCKY_VOCABULARY).")
    String vocabulary;

    @Override
    public Integer call() throws IOException {
        String question = String.join(" ", words);
        List<SearchHit> hits;
        List<String> addedWords;
        try (RunbookSearcher searcher = RunbookSearcher.open(Defaults.indexDir(indexDir))) {
            searcher.vocabulary(KnowledgeSettings.vocabularyOf(
                    vocabulary != null ? vocabulary : System.getenv("DUCKY_VOCABULARY")));
            hits = searcher.search(SearchRequest.of(question, k).withMode(mode)
                    .withFilter(new SectionFilter(services, alerts, roles)));
            addedWords = searcher.addedWords(question);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        if (json) {
            System.out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(hits.stream().map(SearchCommand::asJson).toList()));
        } else {
            if (!addedWords.isEmpty()) { // the runbooks' words for the question's: worth learning
                System.out.println("Also searched for: " + String.join(", ", addedWords));
            }
            if (hits.isEmpty()) {
                System.out.println("No runbook section matches.");
            }
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
