package dev.ducky.slack;

import dev.ducky.config.Environments;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.ducky.config.SlackSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the running bot is connected to Slack: Socket Mode when an app token is set, otherwise HTTP at
 * POST /slack/events, which needs a signing secret. Once the server is up it also answers whatever was
 * acked but not answered before the last stop.
 */
@Context
@Requires(env = Environments.SERVE)
public class SlackConnection {
    private static final Logger LOG = LoggerFactory.getLogger(SlackConnection.class);

    private final SlackSettings settings;
    private final Provider<App> app;
    private final InboundWork work;
    private SocketModeApp socketMode;

    public SlackConnection(SlackSettings settings, Provider<App> app, InboundWork work) {
        if (!settings.socketMode() && !settings.hasSigningSecret()) {
            throw new ConfigurationException("HTTP mode needs SLACK_SIGNING_SECRET (from the Slack app's Basic "
                    + "Information page) to verify requests; set it, or set SLACK_APP_TOKEN for Socket Mode.");
        }
        this.settings = settings;
        this.app = app;
        this.work = work;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) throws Exception {
        if (settings.socketMode()) {
            socketMode = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app.get());
            socketMode.startAsync();
            LOG.info("Connected to Slack over Socket Mode");
        } else {
            LOG.info("Listening for Slack at POST /slack/events");
        }
        int resumed = work.sweep();
        if (resumed > 0) {
            LOG.info("Answering messages acked before the last stop in {} channel(s)", resumed);
        }
    }

    @PreDestroy
    void stop() throws Exception {
        if (socketMode != null) {
            socketMode.close();
        }
    }
}
