package dev.ducky.support;

import dev.ducky.config.Environments;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts Ducky's server in-process on a random port, against a Slack stand-in and a given database. */
public final class DuckyServer {
    private DuckyServer() {
    }

    /** The properties of a test server whose state lives under {@code home}. */
    public static Map<String, Object> properties(Path home, SlackStandIn slack) {
        return properties(home, slack.apiUrl());
    }

    /** The same, against any Slack Web API stand-in. */
    public static Map<String, Object> properties(Path home, String slackApiUrl) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("ducky.slack.bot-token", "xoxb-test-token");
        properties.put("ducky.slack.signing-secret", SlackSigner.SECRET);
        properties.put("ducky.slack.app-token", "");
        properties.put("ducky.slack.api-url", slackApiUrl);
        properties.put("ducky.knowledge.runbooks", Fixtures.folder("runbooks").toString());
        properties.put("ducky.knowledge.index-dir", home.resolve("index").toString());
        properties.put("ducky.knowledge.data-dir", home.toString());
        properties.put("datasources.default.url", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        return properties;
    }

    public static EmbeddedServer start(Map<String, Object> properties) {
        return ApplicationContext.builder(properties).environments(Environments.SERVE, "test")
                .start().getBean(EmbeddedServer.class).start();
    }
}
