package dev.ducky.prompts.model;

import dev.ducky.prompts.Move;
import dev.ducky.prompts.Templates;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each move's message must do, told to the phrasing model ({@code model/moves.txt}). The model phrases
 * exactly the moves that ask the human something; acknowledgements of commands keep their fixed wording.
 */
public final class MoveBriefs {
    private static final String RESOURCE = "/dev/ducky/prompts/model/moves.txt";

    private final Map<Move, String> briefs;

    private MoveBriefs(Map<Move, String> briefs) {
        this.briefs = Collections.unmodifiableMap(briefs);
    }

    /** Loads the briefs; a missing or extra move is an error at start-up, not at the first reply. */
    public static MoveBriefs load() {
        Map<Move, String> briefs = new EnumMap<>(Move.class);
        for (String line : Templates.load(RESOURCE).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", 2);
            briefs.put(Move.valueOf(parts[0].strip()), parts[1].strip());
        }
        for (Move move : Move.values()) {
            if (move.modelPhrased() != briefs.containsKey(move)) {
                throw new IllegalStateException(RESOURCE + ": " + move + (move.modelPhrased()
                        ? " asks a question but has no brief" : " has fixed wording but a brief"));
            }
        }
        return new MoveBriefs(briefs);
    }

    /** What the message must do, for the moves a model phrases; empty for the moves with fixed wording. */
    public Optional<String> of(Move move) {
        return Optional.ofNullable(briefs.get(move));
    }
}
