package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class OpsAnalyzerTest {
    private final Analyzer analyzer = new OpsAnalyzer();

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    @Test
    void splitsCamelCaseAlertNamesAndKeepsTheWholeName() throws IOException {
        // the whole name is stemmed like any word ("looping" -> "loop"), the same way at index and query time
        assertEquals(List.of("kubepodcrashloope", "kube", "pod", "crash", "loop"), terms("KubePodCrashLooping"));
    }

    @Test
    void splitsSnakeAndKebabIdentifiersAndKeepsTheWholeName() throws IOException {
        assertEquals(List.of("http_requests_total", "http", "request", "total"), terms("http_requests_total"));
        assertEquals(List.of("kube", "state", "metric"), terms("kube-state-metrics"));
    }

    @Test
    void keepsOpsJargonAsSingleTerms() throws IOException {
        assertEquals(List.of("5xx"), terms("5xx"));
        assertEquals(List.of("5xx"), terms("5XX"));
        assertEquals(List.of("p99"), terms("p99"));
        assertEquals(List.of("oomkill"), terms("OOMKilled"));
        assertEquals(List.of("oomkill"), terms("oomkilled"));
    }

    @Test
    void dropsStopWordsAndStems() throws IOException {
        assertEquals(List.of("pod", "restart", "again"), terms("The pods are restarting again"));
    }
}
