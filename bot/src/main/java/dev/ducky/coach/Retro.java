package dev.ducky.coach;

import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Move;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Post-incident learning material from the session: what happened and how, never who. Hypotheses become
 * open questions for the review, not conclusions; the moments where Ducky had to supply a missing step or
 * found no runbook are listed as gaps in the process guide.
 */
final class Retro {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Retro() {
    }

    static String write(Incident incident, List<Entry> timeline) {
        StringBuilder out = new StringBuilder();
        out.append("*Learning material: ").append(incident.title()).append("*\n")
                .append("_Blameless: what happened and how — not who._\n");
        if (incident.resolvedAt() != null) {
            out.append("Duration: ").append(human(Duration.between(incident.openedAt(), incident.resolvedAt())))
                    .append('\n');
        }
        section(out, "Timeline (UTC)", timeline.stream()
                .filter(e -> e.kind() != Entry.Kind.MESSAGE && e.kind() != Entry.Kind.MOVE)
                .map(e -> CLOCK.format(e.at()) + " " + label(e.kind()) + ": " + anonymous(e.text())).toList());
        section(out, "Notes", texts(timeline, Entry.Kind.NOTE));
        section(out, "Questions for the review", questions(incident, timeline));
        section(out, "Where the process guide or runbooks were missing a step", gaps(timeline));
        return out.toString().strip();
    }

    private static List<String> questions(Incident incident, List<Entry> timeline) {
        List<String> questions = new java.util.ArrayList<>();
        for (String hypothesis : texts(timeline, Entry.Kind.HYPOTHESIS)) {
            questions.add("What made \"" + hypothesis + "\" look likely at the time, and what confirmed or ruled it out?");
        }
        if (incident.alert() != null) {
            questions.add("How did we notice? What did " + incident.alert() + " tell us, and what did it not?");
        }
        questions.add("Which runbook step helped most, and which one did we have to work out ourselves?");
        questions.add("What would have let us mitigate sooner?");
        return questions;
    }

    private static List<String> gaps(List<Entry> timeline) {
        List<String> gaps = new java.util.ArrayList<>();
        for (Entry entry : timeline) {
            if (entry.kind() != Entry.Kind.MOVE) {
                continue;
            }
            if (entry.move() == Move.SUGGEST_MISSING_STEP) {
                gaps.add(CLOCK.format(entry.at()) + " the plan lacked a mitigation step the runbook starts with — "
                        + "was it clear enough that it comes first?");
            } else if (entry.move() == Move.ASK_WHAT_TRYING) {
                gaps.add(CLOCK.format(entry.at()) + " a question no runbook section covered — worth a runbook section?");
            }
        }
        return gaps;
    }

    private static List<String> texts(List<Entry> timeline, Entry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).map(e -> anonymous(e.text())).toList();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("\n*").append(title).append("*\n");
        lines.forEach(line -> out.append("• ").append(line).append('\n'));
    }

    /** Blameless: people's names and mentions are left out. */
    static String anonymous(String text) {
        return UserRef.PATTERN.matcher(text).replaceAll("someone").replaceAll("(?<![\\w.])@[A-Za-z][\\w.-]*", "someone");
    }

    private static String label(Entry.Kind kind) {
        return switch (kind) {
            case PLAN_STEP -> "plan";
            case HYPOTHESIS -> "hypothesis";
            case NOTE -> "note";
            case FINDING -> "finding";
            case QUERY -> "query";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String human(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

}
