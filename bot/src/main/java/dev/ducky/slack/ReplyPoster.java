package dev.ducky.slack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import dev.ducky.config.SlackSettings;
import dev.ducky.conversation.Reply;
import dev.ducky.inbox.PostedSteps;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts a reply at most once per step: the step id is recorded before the post and travels in the
 * message's metadata, so after a crash mid-post the thread is checked before posting again.
 */
@Singleton
public class ReplyPoster {
    static final String EVENT_TYPE = "ducky_reply";
    static final String STEP_ID = "step_id";

    private final MethodsClient methods;
    private final SlackWebApi api;
    private final PostedSteps steps;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public ReplyPoster(Slack slack, SlackSettings settings, SlackWebApi api, PostedSteps steps, ObjectMapper json,
                       MeterRegistry metrics) {
        this.methods = slack.methods(settings.botToken());
        this.api = api;
        this.steps = steps;
        this.json = json;
        this.metrics = metrics;
    }

    /** Returns the posted message's ts (the earlier post's, when the step was posted before). */
    public String post(String stepId, String channel, String threadTs, Reply reply) {
        Optional<PostedSteps.State> state = steps.state(stepId);
        if (state.isPresent() && (state.get() == PostedSteps.State.SENT || alreadyInThread(stepId, channel, threadTs))) {
            return postedTs(stepId);
        }
        steps.sending(stepId, channel, threadTs);
        var response = api.call("chat.postMessage", channel, () -> methods.chatPostMessage(r -> r
                .channel(channel)
                .threadTs(threadTs)
                .text(BlockKit.fallback(reply))
                .blocks(BlockKit.render(reply))
                .unfurlLinks(false)
                .metadata(metadata(stepId, reply))), () -> alreadyInThread(stepId, channel, threadTs));
        if (response != null) {
            steps.sent(stepId, response.getTs());
        }
        metrics.counter("ducky.replies.posted", "move", reply.trace().move().name()).increment();
        return postedTs(stepId);
    }

    private String postedTs(String stepId) {
        return steps.messageTs(stepId).orElseThrow(() -> new IllegalStateException("no message ts recorded for " + stepId));
    }

    /**
     * Whether a message of this step made it into the thread (or, outside threads, the channel's recent
     * history) before a crash or a lost response; marks it sent if so.
     */
    private boolean alreadyInThread(String stepId, String channel, String threadTs) {
        List<Message> messages = threadTs == null
                ? api.call("conversations.history", () -> methods.conversationsHistory(r -> r
                        .channel(channel).includeAllMetadata(true).limit(100))).getMessages()
                : api.call("conversations.replies", () -> methods.conversationsReplies(r -> r
                        .channel(channel).ts(threadTs).includeAllMetadata(true).limit(200))).getMessages();
        for (Message message : messages) {
            Message.Metadata metadata = message.getMetadata();
            if (metadata != null && metadata.getEventPayload() != null
                    && Objects.equals(stepId, metadata.getEventPayload().get(STEP_ID))) {
                steps.sent(stepId, message.getTs());
                return true;
            }
        }
        return false;
    }

    private Message.Metadata metadata(String stepId, Reply reply) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(STEP_ID, stepId);
        payload.putAll(json.convertValue(reply.trace(), new TypeReference<Map<String, Object>>() { }));
        return Message.Metadata.builder().eventType(EVENT_TYPE).eventPayload(payload).build();
    }
}
