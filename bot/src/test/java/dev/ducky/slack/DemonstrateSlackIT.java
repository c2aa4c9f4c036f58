package dev.ducky.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.MetricsStandIn;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Demonstrate over signed Slack requests, with WireMock as the team's Prometheus and Loki: questions become
 * checked queries with Explore links, the catalog comes from the servers' metadata, a page question gets a link,
 * a query a responder posts is learned — and Prometheus and Loki see metadata calls only, never a query.
 */
class DemonstrateSlackIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SlackStandIn slack;
    private static MetricsStandIn metrics;
    private static EmbeddedServer server;
    private static SignedSlack signed;
    private static int ts = 100;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackStandIn();
        metrics = new MetricsStandIn();
        Map<String, Object> properties = DuckyServer.properties(Files.createTempDirectory("ducky-demonstrate-it"), slack);
        properties.put("ducky.query.prometheus-url", metrics.url());
        properties.put("ducky.query.loki-url", metrics.url());
        properties.put("ducky.query.grafana-url", "https://grafana.example.com");
        properties.put("ducky.query.grafana-datasource", "prom-uid");
        properties.put("ducky.query.grafana-loki-datasource", "loki-uid");
        properties.put("ducky.query.links", Fixtures.folder("translate").resolve("links.yml").toString());
        server = DuckyServer.start(properties);
        signed = new SignedSlack(server.getURL().toString(), SlackSigner.SECRET);
    }

    @AfterAll
    static void stop() {
        server.stop();
        slack.close();
        metrics.close();
    }

    private static Map<String, String> ask(String text) throws Exception {
        int before = slack.posts().size();
        ts++;
        signed.send(Fixtures.mention("EvDemo" + ts, "1700004" + ts + ".000100", escaped(text)));
        return slack.awaitPosts(before + 1, WAIT).get(before);
    }

    private static String escaped(String text) throws Exception {
        String quoted = JSON.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static JsonNode trace(Map<String, String> post) throws Exception {
        return JSON.readTree(post.get("metadata")).get("event_payload");
    }

    /** The message's text as Slack shows it (mrkdwn). */
    private static String text(Map<String, String> post) throws Exception {
        return JSON.readTree(post.get("blocks")).get(0).get("text").get("text").asText();
    }

    private static String link(Map<String, String> post) throws Exception {
        JsonNode blocks = JSON.readTree(post.get("blocks"));
        for (JsonNode block : blocks) {
            if ("context".equals(block.get("type").asText()) && block.toString().contains(":mag:")) {
                return block.get("elements").get(0).get("text").asText().substring(":mag: ".length());
            }
        }
        return "";
    }

    @Test
    void questionsBecomeCheckedQueriesWithLinksAndNothingIsEverRun() throws Exception {
        Map<String, String> errors = ask("query what's the error rate of ledger per route?");
        JsonNode trace = trace(errors);
        assertEquals("SHOW_QUERY", trace.get("move").asText());
        assertEquals("demonstrate", trace.get("stage").asText());
        assertEquals("promql", trace.get("query").get("language").asText());
        assertTrue(trace.get("query").get("valid").asBoolean());
        assertEquals("http_requests_total", trace.get("query").get("metrics").get(0).asText());
        String blocks = text(errors);
        assertTrue(blocks.contains("```\nsum by (route) (rate(http_requests_total{service=\"ledger\", code=~\"5..\"}[5m]))"),
                blocks);
        assertFalse(blocks.contains("my guess"), "ledger is a service Prometheus knows: " + blocks);
        assertTrue(blocks.contains("what do you expect to see") || blocks.contains("What result would surprise you"), blocks);
        String explore = link(errors);
        assertTrue(explore.startsWith("<https://grafana.example.com/explore?schemaVersion=1&amp;orgId=1&amp;panes="), explore);
        assertTrue(explore.endsWith("|Open in Grafana Explore>"), explore);
        assertTrue(explore.contains("prom-uid"), explore);

        Map<String, String> postings = ask("how many ledger postings were rejected in the last hour?");
        assertEquals("ledger_postings_total", trace(postings).get("query").get("metrics").get(0).asText(),
                "a metric only the team's Prometheus describes");

        Map<String, String> logs = ask("query show me errors in the ledger logs");
        assertEquals("logql", trace(logs).get("query").get("language").asText());
        assertTrue(text(logs).contains("{service_name=\"ledger\"}"), "Loki's own stream label: " + text(logs));
        assertTrue(link(logs).contains("loki-uid"), link(logs));

        Map<String, String> slos = ask("can I see the SLOs for ledger?");
        assertEquals("SHOW_LINK", trace(slos).get("move").asText());
        assertTrue(link(slos).startsWith("<https://grafana.example.com/d/ledger-slo/ledger-slos|Ledger SLOs>"), link(slos));

        Map<String, String> unclear = ask("query cpu usage?");
        assertEquals("CLARIFY_QUERY", trace(unclear).get("move").asText());
        assertTrue(trace(unclear).path("query").isNull() || trace(unclear).path("query").isMissingNode(),
                "a question back shows no query");

        assertEquals(List.of(), metrics.queryCalls(), "Prometheus and Loki must never be asked to run a query");
        assertTrue(metrics.all().stream().allMatch(r -> r.getUrl().contains("/metadata") || r.getUrl().contains("/label")),
                "metadata calls only");
        assertFalse(metrics.all().isEmpty(), "the catalog was read from the servers' metadata");
    }

    @Test
    void aQueryAResponderPostsBecomesTheTeamsWorkedExample() throws Exception {
        ask("query how many requests per second does payments-gateway get?");
        String posted = "this is how I check the payments-gateway 404 share of requests\n```promql\n"
                + "sum(rate(http_requests_total{service=\"payments-gateway\", code=\"404\"}[10m])) / sum(rate(http_requests_total"
                + "{service=\"payments-gateway\"}[10m]))\n```";
        int before = slack.posts().size();
        assertEquals(200, signed.send(Fixtures.read("slack/channel_message.json", Map.of("EVENT_ID", "EvDemoPost",
                "TS", "1700005000.000100", "TEXT", escaped(posted)))).statusCode());
        Thread.sleep(1500);
        assertEquals(before, slack.posts().size(), "a message that is not for Ducky gets no reply");

        Map<String, String> again = ask("query how do I check the payments-gateway 404 share of requests?");
        JsonNode trace = trace(again);
        assertEquals("SHOW_QUERY", trace.get("move").asText());
        assertEquals("team history", trace.get("demonstration").asText());
        assertTrue(text(again).contains("code=\"404\"}[10m]"), text(again));
        assertTrue(text(again).contains("<@U0HUMAN>"), "says whose query it is: " + text(again));
    }
}
