package dev.ducky.replay;

import dev.ducky.evals.http.SlackWebApiStandIn;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.support.DuckyServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ducky HTTP servers for end-to-end replays, one per knowledge folder and model (none, or the scripted one),
 * started on first use. Each has one worker, so it answers in order and the replay's probe marks the end of a
 * turn exactly. The replay's support channels ({@code C…S}) are support channels.
 */
final class SuiteServers implements AutoCloseable {
    private final Path home;
    private final SlackWebApiStandIn slack;
    private final List<EmbeddedServer> servers = new ArrayList<>();
    private final Map<String, URI> bySetup = new HashMap<>();
    private ScriptedModel model;

    SuiteServers(Path home, SlackWebApiStandIn slack) {
        this.home = home;
        this.slack = slack;
    }

    /** The server for this conversation's knowledge folder and model. */
    synchronized URI url(ReplaySetup setup) {
        boolean scripted = !setup.modelScript().isEmpty();
        String key = (setup.knowledge() == null ? "samples" : setup.knowledge().toString()) + " " + scripted;
        URI url = bySetup.computeIfAbsent(key, k -> start(setup.knowledge(), scripted));
        if (scripted) {
            model.play(setup.modelScript());
        }
        return url;
    }

    private URI start(Path knowledge, boolean scripted) {
        Map<String, Object> properties = DuckyServer.properties(home.resolve("server-" + servers.size()),
                slack.apiUrl());
        properties.put("ducky.knowledge.runbooks", knowledge == null ? "" : knowledge.toString());
        properties.put("ducky.work.threads", 1);
        properties.put("ducky.support.channels", "C*S");
        if (scripted) {
            if (model == null) {
                model = new ScriptedModel();
            }
            properties.putAll(model.settings());
        }
        EmbeddedServer server = DuckyServer.start(properties);
        servers.add(server);
        return URI.create(server.getURL().toString());
    }

    @Override
    public void close() {
        servers.forEach(EmbeddedServer::stop);
        if (model != null) {
            model.close();
        }
    }
}
