package dev.ducky.support;

import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import dev.ducky.prompts.Move;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What support may say right now: for each incident, the latest answer a developer confirmed and its age —
 * never a draft, never the incident's own state, which nobody confirmed for customers.
 */
@Singleton
public class StatusBoard {
    private final IncidentStore incidents;
    private final Drafting drafting;
    private final SupportStore store;
    private final Flow flow;
    private final Asking asking;
    private final SupportReplies replies;

    public StatusBoard(IncidentStore incidents, Drafting drafting, SupportStore store, Flow flow, Asking asking,
                       SupportReplies replies) {
        this.incidents = incidents;
        this.drafting = drafting;
        this.store = store;
        this.flow = flow;
        this.asking = asking;
        this.replies = replies;
    }

    /** One incident as support sees it. */
    public record IncidentStatus(Incident incident, @Nullable Answer answer, int waitingQuestions) {
    }

    /** The open incidents, newest first (App Home). */
    public List<IncidentStatus> overview() {
        return asking.openIncidents().stream().map(this::statusOf).toList();
    }

    /** {@code status [#incident]}: the named incident, or every open one. */
    public Reply status(List<String> named, ChannelKind channel) {
        List<Incident> shown = new ArrayList<>();
        for (String channelId : named) {
            Optional<Incident> open = Asking.pick(asking.openIncidents(), List.of(channelId), "");
            open.or(() -> incidents.lastResolved(channelId)).ifPresent(shown::add);
        }
        if (named.isEmpty()) {
            shown.addAll(asking.openIncidents());
        }
        Instant now = Instant.now();
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> trace = new ArrayList<>();
        for (Incident incident : shown) {
            IncidentStatus status = statusOf(incident);
            lines.add(line(status, now));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("incident", incident.id());
            entry.put("answer_version", status.answer() == null ? 0 : status.answer().version());
            entry.put("waiting_questions", status.waitingQuestions());
            trace.add(entry);
        }
        if (lines.isEmpty()) {
            lines.add(named.isEmpty() ? "No incident is open that I know of."
                    : "I know of no incident in " + ChannelRef.of(named.get(0)) + ".");
        }
        return replies.reply(Move.SUPPORT_STATUS, Map.of("lines", String.join("\n", lines)), channel,
                Map.of("status", trace));
    }

    private IncidentStatus statusOf(Incident incident) {
        int waiting = (int) store.ofIncident(incident.id()).stream()
                .filter(q -> FlowState.WAITING.contains(flow.history(q.id()).state())).count();
        return new IncidentStatus(incident, drafting.latestAnswer(incident.id()), waiting);
    }

    /** One incident as a line of text. */
    public static String line(IncidentStatus status, Instant now) {
        Incident incident = status.incident();
        String head = "*" + incident.title() + "* (" + ChannelRef.of(incident.channel()) + "): ";
        String waiting = status.waitingQuestions() == 0 ? "" : " " + status.waitingQuestions()
                + " question(s) still with the developers.";
        if (status.answer() == null) {
            return head + "nothing confirmed for customers yet — no developer has confirmed an answer." + waiting;
        }
        Answer a = status.answer();
        return head + Drafting.quote(a.customer()) + " — confirmed by " + UserRef.of(a.by()) + " at "
                + Times.clock(a.at()) + ", " + Times.age(a.at(), now) + " ago (answer v" + a.version() + ")." + waiting;
    }
}
