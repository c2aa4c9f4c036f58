package dev.ducky.support;

import dev.ducky.config.SupportSettings;
import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.Turn;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Support asks: the question is stored, the incident found (or support is asked which one), and one step posts
 * the draft to support and the question to the incident channel.
 */
@Singleton
public class Asking {
    private final SupportStore store;
    private final Flow flow;
    private final IncidentStore incidents;
    private final SupportSettings settings;
    private final Drafting drafting;

    public Asking(SupportStore store, Flow flow, IncidentStore incidents, SupportSettings settings, Drafting drafting) {
        this.store = store;
        this.flow = flow;
        this.incidents = incidents;
        this.settings = settings;
        this.drafting = drafting;
    }

    public void ask(Turn turn, String text, String cause) {
        List<String> named = ChannelRef.in(text);
        String questions = ChannelRef.without(text);
        List<Incident> open = openIncidents();
        Optional<Question> choosing = store.bySupportThread(turn.channelId(), turn.threadId())
                .filter(q -> flow.history(q.id()).state() == FlowState.CHOOSING_INCIDENT);
        if (choosing.isPresent()) {
            Optional<Incident> chosen = pick(open, named, text);
            if (chosen.isPresent()) {
                choose(choosing.get(), chosen.get(), turn.userId(), cause);
                return;
            }
        }
        Question question = new Question(UUID.nameUUIDFromBytes(("question:" + cause).getBytes(StandardCharsets.UTF_8))
                .toString(), null, null, turn.channelId(), turn.threadId().isEmpty() ? null : turn.threadId(), null,
                turn.userId(), questions, Instant.now());
        Optional<Incident> incident = named.isEmpty() && open.size() == 1 ? Optional.of(open.get(0))
                : pick(open, named, "");
        if (incident.isPresent()) {
            store.create(question);
            choose(question, incident.get(), turn.userId(), cause);
            return;
        }
        store.create(question);
        Planned plan = named.isEmpty() && open.size() > 1 ? drafting.whichIncident(open, turn.userId())
                : drafting.noIncident(named.isEmpty() ? null : named.get(0), turn.userId());
        flow.advance(question.id(), cause, h -> h.steps().isEmpty() ? Optional.of(plan) : Optional.empty());
    }

    private void choose(Question question, Incident incident, String actor, String cause) {
        store.chooseIncident(question.id(), incident.id(), incident.channel());
        flow.advance(question.id(), cause, h -> h.state() == FlowState.CHOOSING_INCIDENT
                ? Optional.of(drafting.draftAndAskDevs(h.question(), incident, h.steps().isEmpty()
                ? Step.Kind.ASKED : Step.Kind.INCIDENT_CHOSEN, actor)) : Optional.empty());
    }

    /** Open incidents outside the support channels. */
    List<Incident> openIncidents() {
        return incidents.openDeclared().stream().filter(i -> !settings.isSupportChannel(i.channel())).toList();
    }

    /** The incident a message names: by channel, else (when {@code text} is given) by a word of its title. */
    static Optional<Incident> pick(List<Incident> open, List<String> named, String text) {
        for (String channel : named) {
            Optional<Incident> match = open.stream().filter(i -> i.channel().equals(channel)
                    || i.channel().equals("console-" + channel)).findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        String said = text.toLowerCase(Locale.ROOT);
        List<Incident> byTitle = open.stream().filter(i -> Arrays.stream(i.title().toLowerCase(Locale.ROOT)
                .split("\\W+")).anyMatch(w -> w.length() > 3 && saysWord(said, w))).toList();
        return said.isEmpty() || byTitle.size() != 1 ? Optional.empty() : Optional.of(byTitle.get(0));
    }

    // One pass of find() over what support said: ".*word.*" with matches() tried every split of the message.
    private static boolean saysWord(String said, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(said).find();
    }
}
