package dev.ducky.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.DuckyServer;
import dev.ducky.support.ModelStandIn;
import dev.ducky.support.Postgres;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ack latency of {@code ducky serve} (HTTP mode, PostgreSQL) under a steady 50 deliveries/s for 20 s, on one
 * replica and on two sharing a schema, without and with a language model that takes 2 s per call; then the
 * drain: how long until every delivery got its reply, and whether any got none or two. Writes its section of
 * docs/BENCHMARKS.md; fails only when the figures would mean nothing (a reply posted twice, nothing answered).
 */
class AckLoadBenchmark {
    static final String COMMAND = "mvn -o -B -Pbench -pl bot -am verify -Dit.test=AckLoadBenchmark"
            + " -Dfailsafe.failIfNoSpecifiedTests=false";
    private static final int PER_SECOND = 50;
    private static final int SECONDS = 20;
    private static final int CHANNELS = 20;
    private static final double RETRY_SHARE = 0.05;
    private static final int MODEL_DELAY_MS = 2000;
    private static final double ACK_P99_TARGET_MS = 100;
    /** How long the drain is watched: a 2 s model cannot answer 1000 deliveries within it; that is reported. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(45);
    /** After the last reply, how long late duplicates are waited for. */
    private static final Duration GRACE = Duration.ofSeconds(3);

    private record Scenario(String name, int replicas, boolean model) {
    }

    @Test
    void ackLatencyAndDrainUnderLoad() throws Exception {
        Postgres.require();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<LoadResult> results = new ArrayList<>();
        try (SlackStandIn slack = new SlackStandIn(); ModelStandIn model = new ModelStandIn()) {
            PostLedger ledger = new PostLedger(slack.server());
            for (Scenario scenario : List.of(new Scenario("a", 1, false), new Scenario("b", 2, false),
                    new Scenario("c", 1, true), new Scenario("d", 2, true))) {
                results.add(run(scenario, slack, model, ledger));
            }
        }
        BenchmarkReport.write("ack-load", render(results, load));
        for (LoadResult r : results) {
            assertTrue(r.answered() > 0, r.label() + ": nothing answered, so the figures mean nothing");
            assertTrue(r.duplicatePosts() == 0, r.label() + ": replies posted twice: " + r.duplicatedSteps());
        }
    }

    private LoadResult run(Scenario scenario, SlackStandIn slack, ModelStandIn model, PostLedger ledger)
            throws Exception {
        slack.reset();
        slack.server().stubFor(post(urlEqualTo("/api/assistant.threads.setStatus")).willReturn(okJson("{\"ok\":true}")));
        slack.server().stubFor(post(urlEqualTo("/api/conversations.history"))
                .willReturn(okJson("{\"ok\":true,\"messages\":[],\"has_more\":false}")));
        model.reset();
        stubModel(model, 0);
        String schema = Postgres.freshSchemaUrl("ducky_ack_load");
        List<EmbeddedServer> replicas = new ArrayList<>();
        try {
            for (int i = 0; i < scenario.replicas(); i++) {
                replicas.add(start("replica-" + i, schema, slack, scenario.model() ? model : null));
            }
            List<URI> events = replicas.stream().map(s -> URI.create(s.getURL() + "/slack/events")).toList();
            LoadMix mix = new LoadMix(scenario.name(), CHANNELS);
            AckLoad load = new AckLoad();
            Set<String> askedThreads = openThreads(mix, load, events, ledger, schema);
            ledger.clear();
            stubModel(model, MODEL_DELAY_MS);

            List<LoadEvent> deliveries = mix.events(PER_SECOND * SECONDS, 42);
            Set<String> deserving = new HashSet<>();
            for (LoadEvent e : deliveries) {
                if (e.kind() != LoadEvent.Kind.THREAD_ANSWER || askedThreads.contains(e.channel())) {
                    deserving.add(e.key());
                }
            }
            AckLoad.Sent sent = load.run(deliveries, events, PER_SECOND, RETRY_SHARE, 7);
            Drain drain = awaitDrain(ledger, deserving, sent.lastDueAt());
            return LoadResult.of(label(scenario), deliveries, deserving, sent, ledger, drain.millis(),
                    drain.complete(), askedThreads.size(), CHANNELS);
        } finally {
            replicas.forEach(r -> r.getApplicationContext().close());
            Postgres.dropSchema(schema);
        }
    }

    private static String label(Scenario scenario) {
        return (scenario.replicas() == 1 ? "1 replica" : scenario.replicas() + " replicas")
                + (scenario.model() ? ", model at 2 s/call" : ", no model");
    }

    private static EmbeddedServer start(String name, String schema, SlackStandIn slack, ModelStandIn model)
            throws Exception {
        Map<String, Object> properties = DuckyServer.properties(Files.createTempDirectory("ducky-ack-load"), slack);
        properties.put("datasources.default.url", schema);
        // Replicas sharing a database need names of their own (in production: their host names).
        properties.put("ducky.inbox.replica", name);
        if (model != null) {
            properties.putAll(Map.of("ducky.llm.provider", "openai", "ducky.llm.base-url", model.openAiUrl(),
                    "ducky.llm.model", "stand-in-model", "ducky.llm.timeout", "10s"));
        }
        return DuckyServer.start(properties);
    }

    /**
     * Opens one thread per channel with a symptom and waits for Ducky's question in it, so answers there are
     * Ducky's; returns the channels whose thread Ducky asked in (read from its own record of them).
     */
    private static Set<String> openThreads(LoadMix mix, AckLoad load, List<URI> events, PostLedger ledger,
                                           String schema) throws Exception {
        List<LoadEvent> openers = mix.threadOpeners();
        for (int i = 0; i < openers.size(); i++) {
            load.sendNow(openers.get(i), events.get(i % events.size()));
        }
        Set<String> keys = new HashSet<>();
        openers.forEach(o -> keys.add(o.key()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ledger.answeredAmong(keys) < keys.size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Set<String> asked = new HashSet<>();
        try (var db = DriverManager.getConnection(schema);
             ResultSet rows = db.createStatement().executeQuery("select channel from asked_thread")) {
            while (rows.next()) {
                asked.add(rows.getString(1));
            }
        }
        return asked;
    }

    private record Drain(double millis, boolean complete) {
    }

    /** Waits until every deserving delivery has a reply (or the limit passes), then a grace for late duplicates. */
    private static Drain awaitDrain(PostLedger ledger, Set<String> deserving, long lastDueAt) throws Exception {
        long deadline = lastDueAt + DRAIN_LIMIT.toNanos();
        while (ledger.answeredAmong(deserving) < deserving.size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        boolean complete = ledger.answeredAmong(deserving) == deserving.size();
        long lastReply = deserving.stream().map(ledger::firstReply).filter(t -> t != null)
                .mapToLong(Long::longValue).max().orElse(lastDueAt);
        Thread.sleep(GRACE.toMillis());
        double millis = complete ? Math.max(0, lastReply - lastDueAt) / 1e6 : DRAIN_LIMIT.toMillis();
        return new Drain(millis, complete);
    }

    private static void stubModel(ModelStandIn model, int delayMs) {
        model.reset();
        // Any other prompt (query writing) gets an answer as slow, which the parser then refuses.
        model.server().stubFor(post(urlPathEqualTo(ModelStandIn.OPENAI_PATH)).atPriority(10)
                .willReturn(okJson(ModelStandIn.completion("openai", "{}")).withFixedDelay(delayMs)));
        model.understandsWith(okJson(ModelStandIn.completion("openai", ModelStandIn.json(
                Map.of("intent", "DESCRIBE_SYMPTOM", "confidence", 0.4)))).withFixedDelay(delayMs));
        model.phrasesWith(okJson(ModelStandIn.completion("openai", ModelStandIn.phrased(
                "What do you see so far, and what did you expect to see?", List.of()))).withFixedDelay(delayMs));
    }

    private static String render(List<LoadResult> results, double loadAverage) {
        StringBuilder table = new StringBuilder();
        for (LoadResult r : results) {
            table.append(r.row(ACK_P99_TARGET_MS)).append('\n');
        }
        StringBuilder notes = new StringBuilder();
        for (LoadResult r : results) {
            r.notes(ACK_P99_TARGET_MS).forEach(n -> notes.append("- ").append(r.label()).append(": ").append(n)
                    .append('\n'));
        }
        return String.format(Locale.ROOT, """
                ## Ack under load (`ducky serve`, HTTP mode, PostgreSQL, one and two replicas)

                Measured %s on %d cores with `%s` (PostgreSQL on 127.0.0.1:5432, a fresh schema per run; the
                replicas are application contexts in the benchmark's JVM, so they share its cores with the load,
                the Slack stand-in and PostgreSQL); 1-minute load average at the start: %.2f.

                Load per run: %d deliveries/s for %d s (%d in all), open loop, alternating between the replicas:
                35%% mentions with a symptom, 15%% `@ducky help`, 35%% answers in a thread where Ducky asked
                (one opened per channel before the load), 15%% `/ducky status`, over %d channels. %.0f%% of the
                Events API deliveries are sent again 0.2–1.5 s later, as Slack's retry (`X-Slack-Retry-Num: 1`),
                to the other replica. Ack latency: from the instant a request was due to its response (the runs
                go in the order below in one JVM; "after 5 s" leaves out each run's first, cold seconds). Drain:
                from the last delivery to the last first reply. The Slack Web API is WireMock; the model, when
                configured, is WireMock answering every call after %d ms. Every delivery deserves a reply;
                each reply step (`key/n` in the message metadata) must be posted once. Targets: ack p99 < %.0f ms,
                every delivery answered, no reply posted twice; the drain is watched for at most %d s.

                | run | requests (retries) | ack p50 / p99 / max | ack p99 after 5 s | not 200 | answered | missing | posted twice | drain | targets |
                |---|---|---|---|---|---|---|---|---|---|
                %s
                %s

                With a model at %d ms per call the answers are bound by the model, not by Ducky: an answer makes
                about two calls, a channel's messages are answered one at a time in order, and the workers
                (`ducky.work.threads`, 4) wait on it, so a replica answers one or two deliveries a second and the
                backlog outlasts the watch; the ack does not care, which is what these runs measure. What would
                answer them all: a model that keeps up (or several), or posting the offline template when a
                delivery has waited longer than the model timeout.""", LocalDate.now(), Runtime.getRuntime().availableProcessors(), COMMAND, loadAverage,
                PER_SECOND, SECONDS, PER_SECOND * SECONDS, CHANNELS, RETRY_SHARE * 100, MODEL_DELAY_MS,
                ACK_P99_TARGET_MS, DRAIN_LIMIT.toSeconds(), table.toString().strip(),
                notes.isEmpty() ? "" : "\n" + notes.toString().strip(), MODEL_DELAY_MS);
    }
}
