package dev.ducky.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ducky.prompts.Move;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why Ducky posted a message: one record carried in Slack message metadata, printed by the console and
 * checked by evals. It is also the audit trail. Every field is always written, empty or not, so readers
 * can tell "nothing cited" from "not recorded".
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Trace(Move move, String stage, String channel, List<String> retrieved, List<String> cited,
                    List<String> buttons, @Nullable Map<String, Object> query,
                    @Nullable Map<String, Object> support, ModelUse model, @Nullable String demonstration) {
    public Trace {
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(channel, "channel");
        retrieved = List.copyOf(retrieved);
        cited = List.copyOf(cited);
        buttons = List.copyOf(buttons);
        Objects.requireNonNull(model, "model");
        if (!retrieved.containsAll(cited)) {
            throw new IllegalArgumentException("cited sections must have been retrieved: " + cited);
        }
    }

    /** A trace for a move phrased offline. */
    public static Trace offline(Move move, ChannelKind channel, List<String> retrieved, List<String> cited) {
        return new Trace(move, move.stage().label(), channel.label(), retrieved, cited, List.of(),
                null, null, ModelUse.NONE, null);
    }

    /** The same trace for a message a model was asked to phrase, citing {@code newCited}. */
    public Trace withModel(ModelUse newModel, List<String> newCited) {
        return new Trace(move, stage, channel, retrieved, newCited, buttons, query, support, newModel, demonstration);
    }

    /** The trace as one readable line, {@code move=… stage=… cited=…}. */
    public String toLine() {
        StringBuilder line = new StringBuilder()
                .append("move=").append(move)
                .append(" stage=").append(stage)
                .append(" channel=").append(channel)
                .append(" cited=").append(cited.isEmpty() ? "-" : String.join(",", cited))
                .append(" retrieved=").append(retrieved.size());
        if (!buttons.isEmpty()) {
            line.append(" buttons=").append(String.join(",", buttons));
        }
        line.append(" model=").append(model.used() ? (model.fellBack() ? "fell-back" : "used") : "none");
        return line.toString();
    }
}
