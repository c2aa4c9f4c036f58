package dev.ducky.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.ducky.config.SlackSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Builds the Slack client (pointed at DUCKY_SLACK_API_URL) and the Bolt app with Ducky's handlers. */
@Factory
class SlackAppFactory {
    @Singleton
    Slack slack(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.methodsUrlPrefix());
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    @Singleton
    App app(SlackSettings settings, Slack slack, SlackInbound inbound, SupportInbound support) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                // Socket Mode payloads arrive over an authenticated WebSocket and carry no signature.
                .requestVerificationEnabled(!settings.socketMode() || settings.hasSigningSecret())
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build();
        App app = new App(config);
        inbound.register(app);
        support.register(app);
        return app;
    }
}
