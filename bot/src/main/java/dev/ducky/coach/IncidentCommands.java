package dev.ducky.coach;

import dev.ducky.conversation.Turn;
import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import dev.ducky.incident.Mutes;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What each command does to the incident session, and the move that answers it. */
@Singleton
public class IncidentCommands {
    private final IncidentStore incidents;
    private final Mutes mutes;
    private final Templates templates;

    public IncidentCommands(IncidentStore incidents, Mutes mutes, Templates templates) {
        this.incidents = incidents;
        this.mutes = mutes;
        this.templates = templates;
    }

    /** Runs the command; {@code QUERY} is left to the policy, {@code ASK} and {@code STATUS} to support (empty). */
    public Optional<Decision> run(Command command, Turn turn) {
        String channel = turn.channelId();
        return Optional.ofNullable(switch (command.name()) {
            case HELP -> Decision.of(Move.SHOW_HELP, Map.of());
            case MUTE -> {
                mutes.mute(channel, turn.userId());
                yield Decision.of(Move.MUTED, Map.of());
            }
            case UNMUTE -> {
                mutes.unmute(channel);
                yield Decision.of(Move.UNMUTED, Map.of());
            }
            case START -> start(command.argument(), turn);
            case RESOLVE -> open(turn).map(this::resolve).orElseGet(IncidentCommands::none);
            case LEAD -> open(turn).map(incident -> lead(incident, command.argument(), turn)).orElseGet(IncidentCommands::none);
            case NOTE -> scratch(turn, Entry.Kind.NOTE, command.argument());
            case HYPOTHESIS -> scratch(turn, Entry.Kind.HYPOTHESIS, command.argument());
            case RETRO -> retro(turn);
            case QUERY, ASK, STATUS -> null;
        });
    }

    private Decision start(String title, Turn turn) {
        Optional<Incident> existing = open(turn);
        Incident incident = existing.isPresent()
                ? incidents.declare(existing.get().id(), title, turn.userId())
                : incidents.open(turn.channelId(), null, title, turn.userId(), null, true);
        return Decision.of(Move.INCIDENT_OPENED, Map.of("title", incident.title(), "lead", UserRef.of(incident.lead())));
    }

    private Decision resolve(Incident incident) {
        Incident resolved = incidents.resolve(incident.id());
        return Decision.of(Move.INCIDENT_RESOLVED, Map.of("title", resolved.title(),
                "duration", Retro.human(Duration.between(resolved.openedAt(), resolved.resolvedAt()))));
    }

    private Decision lead(Incident incident, String who, Turn turn) {
        String lead = who.equalsIgnoreCase("me") ? turn.userId() : UserRef.parse(who).orElseThrow();
        incidents.setLead(incident.id(), lead);
        return Decision.of(Move.LEAD_SET, Map.of("lead", UserRef.of(lead)));
    }

    private Decision scratch(Turn turn, Entry.Kind kind, String text) {
        Incident incident = open(turn).orElseGet(() -> openImplicit(turn));
        incidents.add(incident.id(), kind, turn.userId(), text);
        if (kind == Entry.Kind.HYPOTHESIS) {
            return Decision.of(Move.HYPOTHESIS_TAKEN, Map.of("hypothesis", text));
        }
        return Decision.of(Move.NOTE_TAKEN, Map.of("count",
                String.valueOf(incidents.entries(incident.id(), Entry.Kind.NOTE).size())));
    }

    private Decision retro(Turn turn) {
        Optional<Incident> incident = open(turn).or(() -> incidents.lastResolved(turn.channelId()));
        return incident.map(i -> Decision.of(Move.RETRO, Retro.of(i, incidents.timeline(i.id())).slots(templates)))
                .orElseGet(IncidentCommands::none);
    }

    private Optional<Incident> open(Turn turn) {
        return incidents.findOpen(turn.channelId(), turn.threadId());
    }

    /** The conversation's session before anyone declared an incident. */
    public Incident openImplicit(Turn turn) {
        return incidents.open(turn.channelId(), null, templates.render(Part.UNTITLED_INCIDENT, Map.of()), null, null,
                false);
    }

    private static Decision none() {
        return Decision.of(Move.NO_INCIDENT, Map.of());
    }

}
