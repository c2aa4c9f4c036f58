package dev.ducky.console;

import dev.ducky.config.Environments;
import dev.ducky.conversation.Responders;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Outside Slack there is no channel membership to ask: responders and developers speak for the incident, support doesn't. */
@Singleton
@Requires(notEnv = Environments.SERVE)
public class ConsoleResponders implements Responders {
    @Override
    public boolean mayAnswer(String userId, String incidentChannel) {
        return !"support".equals(userId);
    }

    @Override
    public String besidesMembers() {
        return "";
    }
}
