package dev.ducky.support;

import dev.ducky.coach.Decision;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Trace;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.language.Phrasing;
import dev.ducky.prompts.Move;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Phrases a support-flow move like any other, and fills its trace's {@code support} field with the flow state. */
@Singleton
public class SupportReplies {
    private final Phrasing phrasing;

    public SupportReplies(Phrasing phrasing) {
        this.phrasing = phrasing;
    }

    /** A reply to support or the developers about one transition of a question. */
    public Reply reply(Move move, Map<String, String> slots, ChannelKind channel, Transition transition,
                       List<Button> buttons) {
        return reply(move, slots, channel, transition, buttons, null, List.of());
    }

    public Reply reply(Move move, Map<String, String> slots, ChannelKind channel, Transition transition,
                       List<Button> buttons, @Nullable SearchHit cited, List<SearchHit> retrieved) {
        Decision decision = cited == null ? new Decision(move, slots, retrieved, List.of(), buttons)
                : Decision.citing(move, slots, cited, retrieved).withButtons(buttons);
        return withSupport(phrasing.phrase(decision, channel, transition.seq()), transition.trace());
    }

    /** A reply outside any question (status), still marked as the support flow's. */
    public Reply reply(Move move, Map<String, String> slots, ChannelKind channel, Map<String, Object> support) {
        return withSupport(phrasing.phrase(Decision.of(move, slots), channel, slots.hashCode()), support);
    }

    /**
     * What this message is in the flow, as the traces (and the eval scenarios) name it: {@code draft},
     * {@code asked}, {@code confirmed}, {@code withdrawn}, {@code refused} or {@code status}.
     */
    static String state(Move move) {
        return switch (move) {
            case SUPPORT_DRAFT -> "draft";
            case SUPPORT_ANSWER, SUPPORT_ANSWER_UPDATE, SUPPORT_SENT -> "confirmed";
            case SUPPORT_DRAFT_WITHDRAWN -> "withdrawn";
            case SUPPORT_NOT_ALLOWED, SUPPORT_ALREADY_HANDLED -> "refused";
            case SUPPORT_STATUS -> "status";
            default -> "asked";
        };
    }

    private static Reply withSupport(Reply reply, Map<String, Object> support) {
        Trace t = reply.trace();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("state", state(t.move()));
        fields.putAll(support);
        Trace trace = new Trace(t.move(), t.stage(), t.channel(), t.retrieved(), t.cited(), t.buttons(), t.query(),
                fields, t.model(), t.demonstration());
        return new Reply(reply.text(), reply.citations(), reply.buttons(), trace);
    }
}
