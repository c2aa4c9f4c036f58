package dev.ducky.copilot;

import dev.ducky.coach.AlertOpening;
import dev.ducky.coach.CoachPolicy;
import dev.ducky.coach.Command;
import dev.ducky.coach.Decision;
import dev.ducky.coach.IncidentCommands;
import dev.ducky.coach.InjectedText;
import dev.ducky.coach.PlanCheck;
import dev.ducky.coach.Session;
import dev.ducky.coach.understanding.Understanding;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Turn;
import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import dev.ducky.incident.Mutes;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.language.CrossCheckedUnderstanding;
import dev.ducky.language.Phrasing;
import dev.ducky.prompts.Intent;
import dev.ducky.query.history.QueryLearning;
import dev.ducky.support.SupportDesk;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Ducky says to a message: commands act on the incident session; anything else is understood, the
 * policy picks one move, and it is phrased. Takes and returns plain records, so Slack, the console and
 * eval replays drive it alike. Everything that happens is written to the session's timeline.
 */
@Singleton
public class Copilot {
    private final IncidentStore incidents;
    private final Mutes mutes;
    private final IncidentCommands commands;
    private final CrossCheckedUnderstanding classifier;
    private final CoachPolicy policy;
    private final AlertOpening alerts;
    private final Phrasing phrasing;
    private final QueryLearning learning;
    private final SupportDesk support;

    public Copilot(IncidentStore incidents, Mutes mutes, IncidentCommands commands,
                   CrossCheckedUnderstanding classifier, CoachPolicy policy, AlertOpening alerts, Phrasing phrasing,
                   QueryLearning learning, SupportDesk support) {
        this.incidents = incidents;
        this.mutes = mutes;
        this.commands = commands;
        this.classifier = classifier;
        this.policy = policy;
        this.alerts = alerts;
        this.phrasing = phrasing;
        this.learning = learning;
        this.support = support;
    }

    public List<Reply> respond(Turn turn) {
        return respond(turn, UUID.randomUUID().toString());
    }

    /**
     * @param cause the message's own id (the inbox key): support-flow steps it causes are taken once, however often
     *              the message is answered again after a crash
     */
    public List<Reply> respond(Turn turn, String cause) {
        Optional<Command> command = Command.parse(turn.text());
        if (support.owns(turn, command)) {
            return support.respond(turn, command, cause);
        }
        // `ask …` outside a support channel is an ordinary sentence.
        command = command.filter(c -> c.name() != Command.Name.ASK);
        if (command.isPresent() && command.get().name() != Command.Name.QUERY) {
            return commands.run(command.get(), turn).map(d -> List.of(say(d, turn, null))).orElse(List.of());
        }
        if (mutes.muted(turn.channelId())) {
            return List.of();
        }
        if (turn.text().isEmpty()) {
            return List.of(say(Decision.of(dev.ducky.prompts.Move.ASK_FOR_QUESTION, java.util.Map.of()), turn, null));
        }
        String text = command.map(Command::argument).orElse(turn.text());
        Understanding understanding = command.isPresent() ? new Understanding(Intent.ASK_QUERY, 1, "command")
                : classifier.understand(turn, text);
        if (text.contains("```")) {
            // a query the responder ran is worth keeping whatever else the message says
            learning.learn(incidents.findOpen(turn.channelId(), turn.threadId()).orElseGet(() -> commands.openImplicit(turn)),
                    turn.userId(), text);
        }
        if (understanding.intent() == Intent.CHATTER) {
            return List.of();
        }
        Incident incident = incidents.findOpen(turn.channelId(), turn.threadId()).orElseGet(() -> commands.openImplicit(turn));
        incidents.add(incident.id(), Entry.Kind.MESSAGE, turn.userId(), text);
        record(incident, understanding.intent(), turn, text);
        Session session = new Session(incidents.get(incident.id()), incidents.timeline(incident.id()));
        return policy.decide(turn, understanding, session).map(d -> List.of(say(d, turn, incident))).orElse(List.of());
    }

    /**
     * A message in an incident channel that was not for Ducky: it says nothing, but a query the responder posted
     * there is kept as the team's own worked example.
     */
    public List<Reply> observe(Turn turn) {
        incidents.findOpen(turn.channelId(), turn.threadId())
                .ifPresent(incident -> learning.learn(incident, turn.userId(), turn.text()));
        return List.of();
    }

    /** A message from an alerting integration: open (or join) the incident and show mitigation first. */
    public List<Reply> alert(Turn turn, String alertName) {
        if (mutes.muted(turn.channelId())) {
            return List.of();
        }
        Decision decision = alerts.open(turn, alertName);
        Incident incident = incidents.findOpen(turn.channelId(), turn.threadId()).orElseThrow();
        return List.of(say(decision, turn, incident));
    }

    /** A button was pressed on one of Ducky's messages. */
    public List<Reply> click(Turn turn, Button button) {
        return click(turn, button, UUID.randomUUID().toString());
    }

    /** A button was pressed; {@code cause} is the click's own id (see {@link #respond(Turn, String)}). */
    public List<Reply> click(Turn turn, Button button, String cause) {
        if (button.action().support()) {
            support.click(turn, button, cause);
            return List.of();
        }
        Incident incident = incidents.findOpen(turn.channelId(), turn.threadId()).orElseGet(() -> commands.openImplicit(turn));
        Decision decision = switch (button.action()) {
            case ADD_TO_NOTES -> {
                incidents.add(incident.id(), Entry.Kind.NOTE, turn.userId(), button.value());
                yield Decision.of(dev.ducky.prompts.Move.NOTE_TAKEN, java.util.Map.of("count",
                        String.valueOf(incidents.entries(incident.id(), Entry.Kind.NOTE).size())));
            }
            case PING_OWNER -> Decision.of(dev.ducky.prompts.Move.PING_SENT, java.util.Map.of("owner", button.value(),
                    "asker", UserRef.of(turn.userId()), "title", incident.title()));
            case SUPPORT_CONFIRM, SUPPORT_EDIT, SUPPORT_REJECT -> throw new IllegalStateException("answered above");
        };
        return List.of(say(decision, turn, incident));
    }

    private void record(Incident incident, Intent intent, Turn turn, String text) {
        Entry.Kind kind = switch (intent) {
            case STATE_PLAN -> Entry.Kind.PLAN_STEP;
            case HYPOTHESIS -> Entry.Kind.HYPOTHESIS;
            case REPORT_FINDING -> Entry.Kind.FINDING;
            case ASK_DOCUMENT -> InjectedText.addressesAi(text) ? null : Entry.Kind.NOTE; // an instruction, not a note
            default -> null;
        };
        if (kind == Entry.Kind.PLAN_STEP) {
            PlanCheck.split(text).forEach(step -> incidents.add(incident.id(), kind, turn.userId(), step));
        } else if (kind != null) {
            incidents.add(incident.id(), kind, turn.userId(), text);
        }
    }

    private Reply say(Decision decision, Turn turn, Incident incident) {
        Session session = incident == null ? null : new Session(incident, incidents.timeline(incident.id()));
        int seed = session == null ? turn.text().length() : session.timeline().size();
        Reply reply = phrasing.phrase(decision, turn, session, seed);
        if (incident != null) {
            incidents.addMove(incident.id(), decision.move(), reply.trace().cited(), reply.text());
            decision.cited().stream().map(SearchHit::path).findFirst()
                    .ifPresent(path -> incidents.setRunbook(incident.id(), path));
        }
        return reply;
    }
}
