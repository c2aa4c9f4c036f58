package dev.ducky.slack;

import dev.ducky.config.Environments;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.ducky.config.SlackSettings;
import dev.ducky.config.SupportSettings;
import dev.ducky.conversation.Responders;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incident channel's members (conversations.members) and the responder group's (usergroups.users.list), kept
 * for a minute; someone not found is looked up afresh once, so who just joined the channel is not refused.
 */
@Singleton
@Requires(env = Environments.SERVE)
public class SlackResponders implements Responders {
    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final String GROUP = "\u0000group";

    private record Members(Set<String> ids, Instant at) {
    }

    private final MethodsClient methods;
    private final SlackWebApi api;
    private final SupportSettings settings;
    private final Map<String, Members> cache = new ConcurrentHashMap<>();

    public SlackResponders(Slack slack, SlackSettings slackSettings, SlackWebApi api, SupportSettings settings) {
        this.methods = slack.methods(slackSettings.botToken());
        this.api = api;
        this.settings = settings;
    }

    @Override
    public boolean mayAnswer(String userId, String incidentChannel) {
        return incidentChannel != null && (has(incidentChannel, userId) || settings.hasResponderGroup()
                && has(GROUP, userId));
    }

    @Override
    public String besidesMembers() {
        return settings.hasResponderGroup() ? "the responder group" : "";
    }

    private boolean has(String key, String userId) {
        Members known = cache.get(key);
        if (known != null && known.ids().contains(userId) && known.at().plus(KEEP).isAfter(Instant.now())) {
            return true;
        }
        Members fresh = new Members(key.equals(GROUP) ? group() : channel(key), Instant.now());
        cache.put(key, fresh);
        return fresh.ids().contains(userId);
    }

    private Set<String> channel(String channel) {
        Set<String> members = new HashSet<>();
        String cursor = null;
        do {
            String page = cursor;
            var response = api.call("conversations.members", () -> methods.conversationsMembers(r -> r
                    .channel(channel).limit(500).cursor(page)));
            members.addAll(response.getMembers());
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return members;
    }

    private Set<String> group() {
        return new HashSet<>(api.call("usergroups.users.list", () -> methods.usergroupsUsersList(r -> r
                .usergroup(settings.responderGroup().strip()))).getUsers());
    }
}
