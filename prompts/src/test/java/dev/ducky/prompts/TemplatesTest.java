package dev.ducky.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    private final Templates templates = new Templates();

    @Test
    void fillsSlotsAndKeepsTheQuestion() {
        String text = templates.render(Move.POINT_TO_RUNBOOK,
                Map.of("where", "Checkout › Diagnosis", "excerpt", "1. Look at $1 and \\n"));
        assertTrue(text.startsWith("This looks like it is covered by *Checkout › Diagnosis*:"), text);
        assertTrue(text.contains("1. Look at $1 and \\n"), "replacement text is literal: " + text);
        assertTrue(text.endsWith("?"), "the move asks a question: " + text);
        assertFalse(text.contains("{{"), text);
    }

    @Test
    void aMissingSlotIsAnError() {
        var error = assertThrows(Templates.MissingSlotException.class,
                () -> templates.render(Move.POINT_TO_RUNBOOK, Map.of("where", "x")));
        assertEquals("template point_to_runbook needs a value for {{excerpt}}", error.getMessage());
    }

    @Test
    void everyVariantOfAQuestioningMoveAsksAQuestion() {
        for (Move move : Move.values()) {
            Map<String, String> values = new java.util.HashMap<>();
            templates.slots(move).forEach(slot -> values.put(slot, "x"));
            for (int variant = 0; variant < templates.variantCount(move); variant++) {
                String text = templates.render(move, values, variant);
                assertFalse(text.contains("{{"), move + " variant " + variant);
                if (move.asksQuestion()) {
                    assertTrue(text.contains("?"), move + " variant " + variant + " asks nothing: " + text);
                }
            }
        }
    }

    @Test
    void variantsAreChosenBySeed() {
        assertTrue(templates.variantCount(Move.ASK_WHAT_STUCK_ON) >= 2, "stuck has several phrasings");
        assertFalse(templates.render(Move.ASK_WHAT_STUCK_ON, Map.of(), 0)
                .equals(templates.render(Move.ASK_WHAT_STUCK_ON, Map.of(), 1)));
        assertEquals(templates.render(Move.ASK_WHAT_STUCK_ON, Map.of(), 1),
                templates.render(Move.ASK_WHAT_STUCK_ON, Map.of(), 1 + templates.variantCount(Move.ASK_WHAT_STUCK_ON)));
    }
}
