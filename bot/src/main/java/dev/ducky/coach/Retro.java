package dev.ducky.coach;

import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Post-incident learning material from the session: what happened and how, never who (names and mentions are
 * left out of every text). Hypotheses become open questions for the review, not conclusions; the moments where
 * Ducky had to supply a missing step or found no runbook are gaps in the process guide. The RETRO template and
 * its parts word it.
 *
 * @param duration   from opening to resolution; null while the incident is open
 * @param timeline   what was planned, supposed, noted, found and queried, in order (neither messages nor moves)
 * @param hypotheses each becomes a question for the review
 * @param alert      the alert that opened the incident, if one did
 */
record Retro(String title, @Nullable Duration duration, List<Line> timeline, List<String> notes,
             List<String> hypotheses, @Nullable String alert, List<Gap> gaps) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** One line of the timeline. */
    record Line(Instant at, Entry.Kind kind, String text) {
    }

    /** When the process guide or a runbook was missing something, and which gap it was. */
    record Gap(Instant at, Part part) {
    }

    Retro {
        timeline = List.copyOf(timeline);
        notes = List.copyOf(notes);
        hypotheses = List.copyOf(hypotheses);
        gaps = List.copyOf(gaps);
    }

    static Retro of(Incident incident, List<Entry> timeline) {
        List<Line> lines = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Entry entry : timeline) {
            if (entry.kind() == Entry.Kind.MOVE) {
                gap(entry).ifPresent(gaps::add);
            } else if (entry.kind() != Entry.Kind.MESSAGE) {
                lines.add(new Line(entry.at(), entry.kind(), anonymous(entry.text())));
            }
        }
        return new Retro(incident.title(), incident.resolvedAt() == null ? null
                : Duration.between(incident.openedAt(), incident.resolvedAt()), lines, texts(timeline, Entry.Kind.NOTE),
                texts(timeline, Entry.Kind.HYPOTHESIS), incident.alert(), gaps);
    }

    /** The RETRO template's slots: each section the retro has something for, worded by its part. */
    Map<String, String> slots(Templates templates) {
        List<String> sections = new ArrayList<>();
        section(sections, templates, Part.RETRO_TIMELINE, timeline.stream()
                .map(line -> CLOCK.format(line.at()) + " " + label(line.kind()) + ": " + line.text()).toList());
        section(sections, templates, Part.RETRO_NOTES, notes);
        section(sections, templates, Part.RETRO_QUESTIONS, questions(templates));
        section(sections, templates, Part.RETRO_GAPS, gaps.stream()
                .map(gap -> templates.render(gap.part(), Map.of("at", CLOCK.format(gap.at())))).toList());
        return Map.of("title", title, "sections", String.join("\n\n", sections), "duration", duration == null ? ""
                : templates.render(Part.RETRO_DURATION, Map.of("duration", human(duration))));
    }

    private List<String> questions(Templates templates) {
        List<String> questions = new ArrayList<>();
        hypotheses.forEach(h -> questions.add(templates.render(Part.RETRO_ASK_ABOUT_HYPOTHESIS, Map.of("hypothesis", h))));
        if (alert != null) {
            questions.add(templates.render(Part.RETRO_ASK_ABOUT_ALERT, Map.of("alert", alert)));
        }
        questions.add(templates.render(Part.RETRO_ASK_ABOUT_RUNBOOK, Map.of()));
        questions.add(templates.render(Part.RETRO_ASK_ABOUT_MITIGATION, Map.of()));
        return questions;
    }

    private static Optional<Gap> gap(Entry move) {
        if (move.move() == Move.SUGGEST_MISSING_STEP) {
            return Optional.of(new Gap(move.at(), Part.RETRO_GAP_MISSING_STEP));
        }
        return move.move() == Move.ASK_WHAT_TRYING ? Optional.of(new Gap(move.at(), Part.RETRO_GAP_NO_RUNBOOK))
                : Optional.empty();
    }

    private static List<String> texts(List<Entry> timeline, Entry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).map(e -> anonymous(e.text())).toList();
    }

    private static void section(List<String> sections, Templates templates, Part part, List<String> lines) {
        if (!lines.isEmpty()) {
            sections.add(templates.render(part, Map.of("lines", String.join("\n",
                    lines.stream().map(line -> "• " + line).toList()))));
        }
    }

    /** Blameless: people's names and mentions are left out. */
    static String anonymous(String text) {
        return UserRef.PATTERN.matcher(text).replaceAll("someone").replaceAll("(?<![\\w.])@[A-Za-z][\\w.-]*", "someone");
    }

    private static String label(Entry.Kind kind) {
        return kind == Entry.Kind.PLAN_STEP ? "plan" : kind.name().toLowerCase(Locale.ROOT);
    }

    static String human(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
