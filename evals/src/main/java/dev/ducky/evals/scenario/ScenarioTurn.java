package dev.ducky.evals.scenario;

import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Speaker;
import dev.ducky.evals.score.Expectation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One turn of a scenario's timeline: exactly one of a message ({@code text}), a button press ({@code click}),
 * a modal submission ({@code submit}) or Slack redelivering an earlier message ({@code redeliver}).
 *
 * @param line         where it starts in the scenario file
 * @param id           its id, unique in the scenario ({@code t1}, {@code t2}… unless named)
 * @param as           who acts
 * @param channel      where
 * @param text         what is said (messages)
 * @param mention      whether Ducky is @-mentioned
 * @param inThread     whether it is said in the incident's thread rather than at the top of the channel
 * @param click        the label or action id of the button pressed on Ducky's latest message that has it
 * @param submission   the modal's fields
 * @param redelivers   the id of the earlier turn Slack delivers again
 * @param chatter      marked by the author as chatter Ducky must not answer
 * @param note         why the turn is there, for readers of the report
 * @param expectations what Ducky is expected to do
 */
public record ScenarioTurn(int line, String id, Speaker as, ChannelKind channel, String text, boolean mention,
                           boolean inThread, String click, Map<String, String> submission, String redelivers,
                           boolean chatter, String note, List<Expectation> expectations) {
    /** What a turn does. */
    public enum Kind { MESSAGE, CLICK, SUBMISSION, REDELIVERY }

    public ScenarioTurn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(channel, "channel");
        submission = submission == null ? Map.of() : Map.copyOf(submission);
        expectations = List.copyOf(expectations);
        long kinds = Stream.of(text, click, redelivers).filter(Objects::nonNull).count()
                + (submission.isEmpty() ? 0 : 1);
        if (kinds != 1) {
            throw new IllegalArgumentException("a turn is exactly one of text, click, submit or redeliver");
        }
    }

    public Kind kind() {
        if (click != null) {
            return Kind.CLICK;
        }
        if (!submission.isEmpty()) {
            return Kind.SUBMISSION;
        }
        return redelivers != null ? Kind.REDELIVERY : Kind.MESSAGE;
    }

    /** What the turn shows in a transcript. */
    public String summary() {
        return switch (kind()) {
            case MESSAGE -> (mention ? "@ducky " : "") + text;
            case CLICK -> "[presses " + click + "]";
            case SUBMISSION -> "[submits " + submission + "]";
            case REDELIVERY -> "[Slack delivers " + redelivers + " again]";
        };
    }
}
