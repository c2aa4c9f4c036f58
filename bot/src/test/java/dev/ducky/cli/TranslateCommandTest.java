package dev.ducky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.Ducky;
import dev.ducky.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ducky translate --json}: the shape scripts rely on (DESIGN.md), a query or a question back. */
class TranslateCommandTest {
    private static final List<String> KEYS = List.of("language", "query", "valid", "errors", "explanation", "lints",
            "clarify", "link");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeEach
    void capture() {
        stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
    }

    private JsonNode json(int expectedExit, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "translate";
        System.arraycopy(args, 0, all, 1, args.length);
        assertEquals(expectedExit, new CommandLine(new Ducky()).execute(all), out.toString());
        JsonNode node = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Iterator<String> names = node.fieldNames();
        for (String key : KEYS) {
            assertEquals(key, names.next(), "the JSON keys and their order are a contract");
        }
        return node;
    }

    @Test
    void aQuestionBecomesACheckedExplainedQuery() throws Exception {
        JsonNode t = json(0, "--json", "what's", "the", "p99", "latency", "of", "checkout", "per", "route?");
        assertEquals("promql", t.get("language").asText());
        assertEquals("histogram_quantile(0.99, sum by (route, le) (rate(http_request_duration_seconds_bucket"
                + "{service=\"checkout\"}[5m])))", t.get("query").asText());
        assertTrue(t.get("valid").asBoolean());
        assertEquals(0, t.get("errors").size());
        assertTrue(t.get("explanation").size() >= 3, t.toString());
        assertTrue(t.get("clarify").isNull());
        assertTrue(t.get("link").isNull(), "no Grafana or Prometheus is configured in tests");
    }

    @Test
    void anUnclearQuestionGetsAQuestionBackAndNoQuery() throws Exception {
        JsonNode t = json(0, "--json", "cpu usage?");
        assertTrue(t.get("query").isNull());
        assertTrue(!t.get("valid").asBoolean());
        assertTrue(t.get("clarify").asText().contains("nodes (node-exporter) or a service's containers"), t.toString());
    }

    @Test
    void aTeamsCatalogAndTheLogLanguage() throws Exception {
        String catalog = Fixtures.folder("translate").resolve("catalog.yml").toString();
        JsonNode t = json(0, "--json", "--catalog", catalog, "how", "many", "ledger", "postings", "were", "rejected",
                "in", "the", "last", "hour?");
        assertEquals("increase(ledger_postings_total{service=\"ledger\", outcome=\"rejected\"}[1h])", t.get("query").asText());
        out.reset();
        JsonNode logs = json(0, "--json", "--lang", "logql", "errors", "of", "checkout");
        assertEquals("logql", logs.get("language").asText());
        assertTrue(logs.get("query").asText().startsWith("{app=\"checkout\"} |~"), logs.toString());
    }

    @Test
    void aBadLanguageIsAUsageError() {
        assertEquals(2, new CommandLine(new Ducky()).execute("translate", "--lang", "sql", "x"));
    }
}
