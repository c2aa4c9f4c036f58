package dev.ducky.support;

import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Reply;
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
    private final StatusLines lines;

    public StatusBoard(IncidentStore incidents, Drafting drafting, SupportStore store, Flow flow, Asking asking,
                       SupportReplies replies, StatusLines lines) {
        this.incidents = incidents;
        this.drafting = drafting;
        this.store = store;
        this.flow = flow;
        this.asking = asking;
        this.replies = replies;
        this.lines = lines;
    }

    /** One incident as support sees it. */
    public record IncidentStatus(Incident incident, @Nullable Answer answer, int waitingQuestions) {
    }

    /** App Home: the open incidents, newest first. */
    public HomePage overview() {
        return new HomePage(asking.openIncidents().stream().map(this::statusOf).toList(), lines);
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
        List<String> said = new ArrayList<>();
        List<Map<String, Object>> trace = new ArrayList<>();
        for (Incident incident : shown) {
            IncidentStatus status = statusOf(incident);
            said.add(lines.line(status, now));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("incident", incident.id());
            entry.put("answer_version", status.answer() == null ? 0 : status.answer().version());
            entry.put("waiting_questions", status.waitingQuestions());
            trace.add(entry);
        }
        if (said.isEmpty()) {
            said.add(named.isEmpty() ? lines.noOpenIncident() : lines.noIncidentIn(named.get(0)));
        }
        return replies.reply(Move.SUPPORT_STATUS, Map.of("lines", String.join("\n", said)), channel,
                Map.of("status", trace));
    }

    private IncidentStatus statusOf(Incident incident) {
        int waiting = (int) store.ofIncident(incident.id()).stream()
                .filter(q -> FlowState.WAITING.contains(flow.history(q.id()).state())).count();
        return new IncidentStatus(incident, drafting.latestAnswer(incident.id()), waiting);
    }
}
