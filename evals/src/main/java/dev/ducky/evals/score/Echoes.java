package dev.ducky.evals.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ducky's own words in a message: what humans said earlier, which Ducky may quote back ("You said: …",
 * a retro's timeline), is removed before a message is judged for what it claims itself.
 */
public final class Echoes {
    private static final int SHORTEST_FRAGMENT = 12;

    private Echoes() {
    }

    /** The text without any human message (or clause of one) quoted in it. */
    public static String ownWords(String text, List<String> humanSaid) {
        List<String> pieces = new ArrayList<>();
        for (String said : humanSaid) {
            pieces.add(said.strip());
            for (String clause : said.split("[,;.!?]|\\bthen\\b|\\band\\b")) {
                if (clause.strip().length() >= SHORTEST_FRAGMENT) {
                    pieces.add(clause.strip());
                }
            }
        }
        // Longest first, so a whole message goes before its clauses.
        pieces.sort(Comparator.comparingInt(String::length).reversed());
        String own = text;
        for (String piece : pieces) {
            if (!piece.isEmpty()) {
                own = own.replace(piece, " … ");
            }
        }
        return own;
    }
}
