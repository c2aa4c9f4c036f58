package dev.ducky.prompts.guard;

import dev.ducky.prompts.Move;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the guard knows about the message it judges: the move the policy chose, the slot values it was given
 * (the humans' words and the runbooks'), the sections retrieved and cited, and the offline wording.
 */
public record Situation(Move move, Map<String, String> slots, Set<String> retrieved, List<String> cited,
                        String draft) {
    public Situation {
        Objects.requireNonNull(move, "move");
        slots = Map.copyOf(slots);
        retrieved = Set.copyOf(retrieved);
        cited = List.copyOf(cited);
        Objects.requireNonNull(draft, "draft");
        if (!retrieved.containsAll(cited)) {
            throw new IllegalArgumentException("cited sections must have been retrieved: " + cited);
        }
    }
}
