package dev.ducky.replay;

import dev.ducky.evals.http.SlackWebApiStandIn;
import dev.ducky.support.DuckyServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ducky HTTP servers for end-to-end replays, one per knowledge folder, started on first use. Each has one
 * worker, so it answers in order and the replay's probe marks the end of a turn exactly.
 */
final class SuiteServers implements AutoCloseable {
    private final Path home;
    private final SlackWebApiStandIn slack;
    private final List<EmbeddedServer> servers = new ArrayList<>();
    private final Map<Path, URI> byKnowledge = new HashMap<>();

    SuiteServers(Path home, SlackWebApiStandIn slack) {
        this.home = home;
        this.slack = slack;
    }

    /** The server for this knowledge folder (null: the bundled samples). */
    synchronized URI url(Path knowledge) {
        return byKnowledge.computeIfAbsent(knowledge == null ? Path.of("samples") : knowledge, key -> {
            Map<String, Object> properties = DuckyServer.properties(home.resolve("server-" + servers.size()),
                    slack.apiUrl());
            properties.put("ducky.knowledge.runbooks", knowledge == null ? "" : knowledge.toString());
            properties.put("ducky.work.threads", 1);
            EmbeddedServer server = DuckyServer.start(properties);
            servers.add(server);
            return URI.create(server.getURL().toString());
        });
    }

    @Override
    public void close() {
        servers.forEach(EmbeddedServer::stop);
    }
}
