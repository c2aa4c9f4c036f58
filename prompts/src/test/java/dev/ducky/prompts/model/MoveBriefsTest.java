package dev.ducky.prompts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.prompts.Move;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoveBriefsTest {
    @Test
    void theModelPhrasesExactlyTheMovesThatAskExceptSupports() {
        MoveBriefs briefs = MoveBriefs.load();
        for (Move move : Move.values()) {
            assertEquals(move.asksQuestion() && !move.name().startsWith("SUPPORT_"), briefs.of(move).isPresent(),
                    move.name());
        }
        assertTrue(briefs.of(Move.ASK_WHAT_STUCK_ON).orElseThrow().contains("Give no hint"));
    }

    @Test
    void aPhrasingWithoutTextIsMalformed() {
        assertThrows(IllegalArgumentException.class, () -> new Phrased(" ", List.of()));
        assertEquals(List.of(), new Phrased("What now?", null).cites());
    }
}
