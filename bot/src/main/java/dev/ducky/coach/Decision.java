package dev.ducky.coach;

import dev.ducky.conversation.Button;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Move;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The move the policy chose, with what phrasing needs: the template's slot values, what was retrieved, what
 * the message cites (always among what was retrieved), its buttons, and for a demonstration the query or link shown.
 */
public record Decision(Move move, Map<String, String> slots, List<SearchHit> retrieved, List<SearchHit> cited,
                       List<Button> buttons, @Nullable Demonstration demonstration) {
    public Decision(Move move, Map<String, String> slots, List<SearchHit> retrieved, List<SearchHit> cited,
                    List<Button> buttons) {
        this(move, slots, retrieved, cited, buttons, null);
    }

    public Decision {
        Objects.requireNonNull(move, "move");
        slots = Map.copyOf(slots);
        retrieved = List.copyOf(retrieved);
        cited = List.copyOf(cited);
        buttons = List.copyOf(buttons);
        if (!retrieved.containsAll(cited)) {
            throw new IllegalArgumentException("a decision may only cite what was retrieved");
        }
    }

    public static Decision of(Move move, Map<String, String> slots) {
        return new Decision(move, slots, List.of(), List.of(), List.of());
    }

    /** A move citing one section (which counts as retrieved too, along with the rest of {@code retrieved}). */
    public static Decision citing(Move move, Map<String, String> slots, SearchHit cited, List<SearchHit> retrieved) {
        List<SearchHit> all = retrieved.contains(cited) ? retrieved
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(cited), retrieved.stream()).toList();
        return new Decision(move, slots, all, List.of(cited), List.of());
    }

    public Decision withButtons(List<Button> newButtons) {
        return new Decision(move, slots, retrieved, cited, newButtons, demonstration);
    }

    public Decision withDemonstration(Demonstration shown) {
        return new Decision(move, slots, retrieved, cited, buttons, shown);
    }
}
