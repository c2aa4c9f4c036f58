package dev.ducky.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ducky.evals.http.HttpReplayTarget;
import dev.ducky.evals.http.SlackWebApiStandIn;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.report.MarkdownReport;
import dev.ducky.evals.run.RunListener;
import dev.ducky.evals.run.ScenarioResult;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.BundledSuite;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioLoader;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.SlackSigner;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled suite end-to-end: Ducky's HTTP server (one per knowledge folder, one worker so answers come in
 * order), signed Slack requests, posts captured by the evals' own Web API stand-in and traces read from
 * message metadata. No rule may be broken, and every turn gets the same moves as in-process.
 */
class BundledSuiteEndToEndIT {
    private static final List<EmbeddedServer> SERVERS = new ArrayList<>();
    private static final Map<Path, URI> BY_KNOWLEDGE = new HashMap<>();
    private static SlackWebApiStandIn slack;
    private static Path home;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackWebApiStandIn();
        home = Files.createTempDirectory("ducky-e2e");
    }

    @AfterAll
    static void stop() {
        SERVERS.forEach(EmbeddedServer::stop);
        slack.close();
    }

    /** A Ducky on this knowledge folder (null: the bundled samples), started on first use. */
    private static synchronized URI server(Path knowledge) {
        return BY_KNOWLEDGE.computeIfAbsent(knowledge == null ? Path.of("samples") : knowledge, key -> {
            Map<String, Object> properties = DuckyServer.properties(home.resolve("server-" + SERVERS.size()),
                    slack.apiUrl());
            properties.put("ducky.knowledge.runbooks", knowledge == null ? "" : knowledge.toString());
            properties.put("ducky.work.threads", 1);
            EmbeddedServer server = DuckyServer.start(properties);
            SERVERS.add(server);
            return URI.create(server.getURL().toString());
        });
    }

    @Test
    void theSuiteBreaksNoRuleAndAgreesWithTheInProcessReplay() throws Exception {
        List<Scenario> scenarios = ScenarioLoader.loadAll(List.of(BundledSuite.extractTo(home.resolve("suite"))));
        SuiteResult endToEnd;
        try (HttpReplayTarget target = new HttpReplayTarget(slack, SlackSigner.SECRET,
                BundledSuiteEndToEndIT::server, EnumSet.of(Feature.KNOWLEDGE), Duration.ofSeconds(30))) {
            endToEnd = new SuiteRunner(target, "end-to-end", Optional.empty(), RunListener.NONE).run(scenarios);
        }
        String report = MarkdownReport.render(endToEnd);
        assertEquals(List.of(), endToEnd.violations(), report);
        assertFalse(endToEnd.failed(), report);

        SuiteResult inProcess;
        try (InProcessReplayTarget target = new InProcessReplayTarget(home.resolve("in-process"))) {
            inProcess = new SuiteRunner(target, "in-process", Optional.empty(), RunListener.NONE).run(scenarios);
        }
        assertEquals(moves(inProcess), moves(endToEnd), report);
    }

    /** Per scenario and turn, the moves Ducky made: what the two replays must agree on. */
    private static List<String> moves(SuiteResult result) {
        List<String> moves = new ArrayList<>();
        for (ScenarioResult s : result.scenarios()) {
            s.turns().forEach(t -> moves.add(s.scenario().id() + " " + t.turn().id() + " " + t.messages().stream()
                    .map(m -> m.channel() + ":" + m.move() + m.cited()).toList()));
        }
        return moves;
    }
}
