package dev.ducky.language;

import dev.ducky.coach.Decision;
import dev.ducky.coach.Session;
import dev.ducky.conversation.Turn;
import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.redaction.Redactor;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What the phrasing model is told about one message, as the prompt's variables: the move, the session so
 * far, the facts, the retrieved sections and the offline wording. Every value passes the redactor, so
 * nothing a human pasted reaches the model, whichever path it came in by.
 */
record PhrasingBrief(String move, String purpose, String channel, String incident, String conversation,
                     String facts, String sections, String cite, String draft) {
    static final int RECENT_ENTRIES = 8;
    static final int ENTRY_CHARS = 300;
    static final int SECTION_CHARS = 400;

    static PhrasingBrief of(Decision decision, String purpose, Turn turn, @Nullable Session session, String draft,
                            Redactor redactor) {
        UnaryOperator<String> clean = redactor::redact;
        return new PhrasingBrief(decision.move().name(), purpose, turn.channelKind().label(),
                clean.apply(incident(session)), clean.apply(conversation(turn, session)),
                clean.apply(facts(decision.slots())), clean.apply(sections(decision.retrieved())),
                decision.cited().isEmpty() ? "(nothing)"
                        : decision.cited().stream().map(SearchHit::citation).collect(Collectors.joining(", ")),
                clean.apply(draft));
    }

    private static String incident(@Nullable Session session) {
        if (session == null) {
            return "(none open)";
        }
        Incident incident = session.incident();
        return incident.title() + (incident.alert() == null ? "" : "; alert " + incident.alert())
                + (incident.lead() == null ? "" : "; lead @" + incident.lead()) + "; " + incident.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String conversation(Turn turn, @Nullable Session session) {
        if (session == null || session.timeline().isEmpty()) {
            return "human: " + clip(turn.text(), ENTRY_CHARS);
        }
        List<Entry> timeline = session.timeline();
        return timeline.subList(Math.max(0, timeline.size() - RECENT_ENTRIES), timeline.size()).stream()
                .map(PhrasingBrief::line).collect(Collectors.joining("\n"));
    }

    private static String line(Entry entry) {
        String who = entry.author() == null ? "someone" : "@" + entry.author();
        return switch (entry.kind()) {
            case MOVE -> "Ducky: " + clip(entry.text(), ENTRY_CHARS);
            case MESSAGE -> who + ": " + clip(entry.text(), ENTRY_CHARS);
            default -> "(" + entry.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " by " + who + ": "
                    + clip(entry.text(), ENTRY_CHARS) + ")";
        };
    }

    private static String facts(Map<String, String> slots) {
        return slots.isEmpty() ? "(none)" : new TreeMap<>(slots).entrySet().stream()
                .map(slot -> "- " + slot.getKey() + ": " + slot.getValue()).collect(Collectors.joining("\n"));
    }

    private static String sections(List<SearchHit> retrieved) {
        return retrieved.isEmpty() ? "(none)" : retrieved.stream()
                .map(hit -> "[" + hit.citation() + "] " + String.join(" › ", hit.breadcrumb().isEmpty()
                        ? List.of(hit.title(), hit.section()) : hit.breadcrumb()) + "\n" + clip(hit.text(), SECTION_CHARS))
                .collect(Collectors.joining("\n\n"));
    }

    private static String clip(String text, int max) {
        String flat = text.strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
