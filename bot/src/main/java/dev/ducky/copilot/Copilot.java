package dev.ducky.copilot;

import dev.ducky.coach.AlertOpening;
import dev.ducky.coach.AlertTrigger;
import dev.ducky.coach.CoachPolicy;
import dev.ducky.coach.Command;
import dev.ducky.coach.Decision;
import dev.ducky.coach.IncidentCommands;
import dev.ducky.coach.InjectedText;
import dev.ducky.coach.PlanCheck;
import dev.ducky.coach.QueryLearning;
import dev.ducky.coach.Session;
import dev.ducky.coach.understanding.Understanding;
import dev.ducky.config.SupportSettings;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Outcome;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Role;
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
import dev.ducky.prompts.Move;
import dev.ducky.support.SupportDesk;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final AlertTrigger forwarded;
    private final Phrasing phrasing;
    private final QueryLearning learning;
    private final SupportDesk support;
    private final SupportSettings supportSettings;

    public Copilot(IncidentStore incidents, Mutes mutes, IncidentCommands commands,
                   CrossCheckedUnderstanding classifier, CoachPolicy policy, AlertOpening alerts,
                   AlertTrigger forwarded, Phrasing phrasing,
                   QueryLearning learning, SupportDesk support, SupportSettings supportSettings) {
        this.incidents = incidents;
        this.mutes = mutes;
        this.commands = commands;
        this.classifier = classifier;
        this.policy = policy;
        this.alerts = alerts;
        this.forwarded = forwarded;
        this.phrasing = phrasing;
        this.learning = learning;
        this.support = support;
        this.supportSettings = supportSettings;
    }

    /**
     * The front door's one decision: what Ducky does about a delivery that is for it, whatever channel it came
     * through. The outcome is carried out by the channel's adapter; support-flow steps are stored on the way.
     */
    public Outcome handle(Inbound inbound) {
        Turn turn = turnOf(inbound);
        return switch (inbound.kind()) {
            // An alert notification forwarded to Ducky (or pasted in the console) opens the incident like the alert.
            case MENTION -> forwarded.alertIn(inbound.text(), null).map(alert -> Outcome.of(alert(turn, alert)))
                    .orElseGet(() -> Outcome.of(respond(turn, inbound.key())));
            case THREAD_ANSWER, COMMAND -> Outcome.of(respond(turn, inbound.key()));
            case ALERT -> Outcome.of(alert(turn, inbound.detail()));
            case CLICK -> click(turn, inbound.button(), inbound.key());
            case OBSERVED -> {
                observe(turn);
                yield Outcome.NOTHING;
            }
            case FORM -> Outcome.refusing(support.submit(inbound.user(),
                    new Form.Filled(inbound.detail(), inbound.fields()), inbound.key()));
            case HOME -> Outcome.home(support.home(Instant.now()));
        };
    }

    /** What is wrong with a filled-in form, before it is submitted. */
    public List<String> problemsWith(Form.Filled form) {
        return support.problemsWith(form);
    }

    /** What support would receive if this form were confirmed. */
    public String preview(Form.Filled form) {
        return support.preview(form);
    }

    /** Takes the support flow's reminders that are due. */
    public int remind(Instant now) {
        return support.remind(now);
    }

    /** The turn as the coach sees it: support staff speak in support channels, responders elsewhere. */
    private Turn turnOf(Inbound inbound) {
        ChannelKind kind = supportSettings.isSupportChannel(inbound.channel()) ? ChannelKind.SUPPORT
                : ChannelKind.INCIDENT;
        Role role = inbound.role() != null ? inbound.role() : kind == ChannelKind.SUPPORT ? Role.SUPPORT : Role.RESPONDER;
        return new Turn(inbound.channel(), inbound.threadTs() == null ? "" : inbound.threadTs(), inbound.user(), role,
                kind, inbound.text());
    }

    /**
     * @param cause the message's own id (the inbox key): support-flow steps it causes are taken once, however often
     *              the message is answered again after a crash
     */
    private List<Reply> respond(Turn turn, String cause) {
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
            return List.of(say(Decision.of(Move.ASK_FOR_QUESTION, Map.of()), turn, null));
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
    private void observe(Turn turn) {
        incidents.findOpen(turn.channelId(), turn.threadId())
                .ifPresent(incident -> learning.learn(incident, turn.userId(), turn.text()));
    }

    /** A message from an alerting integration: open (or join) the incident and show mitigation first. */
    private List<Reply> alert(Turn turn, String alertName) {
        if (mutes.muted(turn.channelId())) {
            return List.of();
        }
        Decision decision = alerts.open(turn, alertName);
        Incident incident = incidents.findOpen(turn.channelId(), turn.threadId()).orElseThrow();
        return List.of(say(decision, turn, incident));
    }

    /** A button was pressed; {@code cause} is the click's own id (see {@link #respond(Turn, String)}). */
    private Outcome click(Turn turn, Button button, String cause) {
        if (button.action() == Button.Action.SUPPORT_EDIT) {
            return support.editForm(turn, button, cause).map(Outcome::opening).orElse(Outcome.NOTHING);
        }
        if (button.action().support()) {
            support.click(turn, button, cause);
            return Outcome.NOTHING;
        }
        Incident incident = incidents.findOpen(turn.channelId(), turn.threadId()).orElseGet(() -> commands.openImplicit(turn));
        Decision decision = switch (button.action()) {
            case ADD_TO_NOTES -> {
                incidents.add(incident.id(), Entry.Kind.NOTE, turn.userId(), button.value());
                yield Decision.of(Move.NOTE_TAKEN, Map.of("count",
                        String.valueOf(incidents.entries(incident.id(), Entry.Kind.NOTE).size())));
            }
            case PING_OWNER -> Decision.of(Move.PING_SENT, Map.of("owner", button.value(),
                    "asker", UserRef.of(turn.userId()), "title", incident.title()));
            case SUPPORT_CONFIRM, SUPPORT_EDIT, SUPPORT_REJECT -> throw new IllegalStateException("answered above");
        };
        return Outcome.of(List.of(say(decision, turn, incident)));
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
