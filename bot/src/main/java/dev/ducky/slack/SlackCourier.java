package dev.ducky.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.ducky.config.Environments;
import dev.ducky.config.SlackSettings;
import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Home;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Outcome;
import dev.ducky.conversation.Reply;
import dev.ducky.inbox.PostedSteps;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Carries out what Ducky decided, in Slack: posts, ephemeral messages, the edit modal, App Home. */
@Singleton
public class SlackCourier implements Courier {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCourier.class);

    private final ReplyPoster poster;
    private final PostedSteps posted;
    private final SlackWebApi api;
    private final MethodsClient methods;
    private final Optional<SlackThinkingStatus> thinking;
    private final Templates templates;

    public SlackCourier(ReplyPoster poster, PostedSteps posted, SlackWebApi api, Slack slack, SlackSettings settings,
                        Optional<SlackThinkingStatus> thinking, Templates templates) {
        this.poster = poster;
        this.posted = posted;
        this.api = api;
        this.methods = slack.methods(settings.botToken());
        this.thinking = thinking;
        this.templates = templates;
    }

    @Override
    public boolean serves(String channel) {
        return !channel.startsWith(Environments.CONSOLE_CHANNELS);
    }

    @Override
    public boolean readyFor(String channel) {
        return api.readyFor(channel);
    }

    @Override
    public void decided(Inbound inbound, Outcome outcome) {
        thinking.ifPresent(status -> status.settle(inbound.channel(), inbound.threadTs(), !outcome.replies().isEmpty()));
    }

    @Override
    public String post(String stepId, String channel, String threadTs, Reply reply) {
        return poster.post(stepId, channel, threadTs, reply);
    }

    /** Visible to one user; not in the channel's history, so a crash mid-post may show it to them twice. */
    @Override
    public void postOnlyTo(String stepId, String channel, String threadTs, String user, Reply reply) {
        if (posted.state(stepId).filter(s -> s == PostedSteps.State.SENT).isPresent()) {
            return;
        }
        posted.sending(stepId, channel, threadTs);
        api.call("chat.postEphemeral", channel, () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user)
                .threadTs(threadTs).text(BlockKit.fallback(reply)).blocks(BlockKit.render(reply))), () -> false);
        posted.sent(stepId, "ephemeral");
    }

    @Override
    public void open(Inbound click, Form form) {
        if (click.trigger() == null) {
            LOG.warn("Edit click {} came without a trigger id; no modal can open for it", click.key());
            return;
        }
        try {
            api.call("views.open", () -> methods.viewsOpen(r -> r.triggerId(click.trigger())
                    .view(EditModal.render(form))));
        } catch (SlackCallFailed e) {
            // A trigger lives three seconds; after a restart it is gone and only a new click can open the modal.
            LOG.warn("The edit modal for {} could not open: {}", click.key(), e.getMessage());
            api.call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(click.channel())
                    .user(click.user()).threadTs(click.threadTs())
                    .text(templates.render(Part.EDITOR_EXPIRED, Map.of()))));
        }
    }

    /** The modal was checked for jargon before it closed; what is left is an answer that changed meanwhile. */
    @Override
    public void refuse(Inbound submission, List<String> problems) {
        problems.forEach(p -> LOG.warn("Edit form {} not taken: {}", submission.key(), p));
    }

    @Override
    public void showHome(String user, Home home) {
        api.call("views.publish", () -> methods.viewsPublish(r -> r.userId(user).view(AppHome.render(home))));
    }
}
