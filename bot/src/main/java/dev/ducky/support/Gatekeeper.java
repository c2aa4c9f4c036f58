package dev.ducky.support;

import dev.ducky.conversation.Responders;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Only people who may speak for the incident act on support's question; anyone else gets a step that changes
 * nothing and tells them why, visible to them alone.
 */
@Singleton
public class Gatekeeper {
    private final Responders responders;
    private final SupportReplies replies;
    private final Templates templates;

    public Gatekeeper(Responders responders, SupportReplies replies, Templates templates) {
        this.responders = responders;
        this.replies = replies;
        this.templates = templates;
    }

    /** The refusal to take instead, or empty when {@code user} may act. */
    public Optional<Planned> refusal(History h, String user) {
        if (responders.mayAnswer(user, h.question().incidentChannel())) {
            return Optional.empty();
        }
        String besides = responders.besidesMembers();
        return Optional.of(new Planned(Step.Kind.REFUSED, h.state(), user, Map.of(), t -> List.of(Post.only(
                Post.To.INCIDENT, user, replies.reply(Move.SUPPORT_NOT_ALLOWED,
                        Map.of("group", besides.isEmpty() ? ""
                                : " " + templates.render(Part.NOT_ALLOWED_GROUP, Map.of("group", besides))),
                        ChannelKind.INCIDENT, t, List.of())))));
    }
}
