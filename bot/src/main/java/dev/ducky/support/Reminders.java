package dev.ducky.support;

import dev.ducky.config.SupportSettings;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When support waits longer than DUCKY_REMINDER_AFTER: one reminder in the incident thread, and after as long
 * again without a developer's answer, one mention of the incident lead — never more per question. Each is a step
 * with its own cause, so when several replicas look at once, the database lets exactly one take it.
 */
@Singleton
public class Reminders {
    private final SupportStore store;
    private final Flow flow;
    private final IncidentStore incidents;
    private final SupportReplies replies;
    private final Duration after;
    private final Templates templates;

    public Reminders(SupportStore store, Flow flow, IncidentStore incidents, SupportReplies replies,
                     SupportSettings settings, Templates templates) {
        this.store = store;
        this.flow = flow;
        this.incidents = incidents;
        this.replies = replies;
        this.after = settings.reminderAfter();
        this.templates = templates;
    }

    /** Takes every reminder that is due; returns how many. */
    public int remind(Instant now) {
        int taken = 0;
        for (Question question : store.waitingOnOpenIncidents()) {
            if (flow.advance(question.id(), "remind:" + question.id(), h -> due(h, now, Step.Kind.REMINDED)).isPresent()
                    || flow.advance(question.id(), "nudge:" + question.id(),
                    h -> due(h, now, Step.Kind.LEAD_NUDGED)).isPresent()) {
                taken++;
            }
        }
        return taken;
    }

    private Optional<Planned> due(History h, Instant now, Step.Kind kind) {
        if (!FlowState.WAITING.contains(h.state()) || h.lastOf(kind).isPresent() || h.lastEvent().isEmpty()) {
            return Optional.empty();
        }
        Step last = h.lastEvent().get();
        boolean nudge = kind == Step.Kind.LEAD_NUDGED;
        if (nudge != (last.kind() == Step.Kind.REMINDED) || Duration.between(last.at(), now).compareTo(after) < 0) {
            return Optional.empty();
        }
        Question q = h.question();
        String age = Times.age(q.askedAt(), now);
        Incident incident = incidents.get(q.incidentId());
        Map<String, String> slots = nudge
                ? Map.of("lead", incident.lead() == null ? templates.render(Part.NUDGE_WITHOUT_LEAD, Map.of())
                : UserRef.of(incident.lead()), "questions", q.questions(), "age", age)
                : Map.of("questions", q.questions(), "age", age);
        Move move = nudge ? Move.SUPPORT_LEAD_NUDGE : Move.SUPPORT_REMINDER;
        return Optional.of(new Planned(kind, h.state(), null, Map.of("waiting", age), t -> List.of(Post.to(
                Post.To.INCIDENT, replies.reply(move, slots, ChannelKind.INCIDENT, t, List.of())))));
    }
}
