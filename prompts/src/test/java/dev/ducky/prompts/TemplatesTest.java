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
        var inAPart = assertThrows(Templates.MissingSlotException.class,
                () -> templates.render(Part.STATUS_WAITING, Map.of()));
        assertEquals("template parts/status_waiting needs a value for {{count}}", inAPart.getMessage());
    }

    @Test
    void aLineOfEmptySlotsIsLeftOutAndAnyOtherLineKept() {
        String withoutDuration = templates.render(Move.RETRO, Map.of("title", "t", "duration", "", "sections", "s"));
        assertEquals("*Learning material: t*\n_Blameless: what happened and how — not who._\n\ns", withoutDuration);
        String emptyQuestion = templates.render(Move.SUPPORT_ASK_DEVS,
                Map.of("questions", "", "asker", "", "draft", ""));
        assertTrue(emptyQuestion.startsWith(":raising_hand: Support wants to know:  (asked by )\n"
                + "Here is what I told them, marked as a guess:\nIs it right?"), "only the draft's line goes: " + emptyQuestion);
    }

    @Test
    void everyPartAndEachOfItsVariantsRendersAsTheCasesSay() {
        RenderedCases rendered = RenderedCases.load();
        for (RenderedCases.Case c : rendered.cases()) {
            assertEquals(c.expected(), c.render(templates), c.toString());
        }
        for (Part part : Part.values()) {
            for (int variant = 0; variant < templates.variantCount(part); variant++) {
                int v = variant;
                assertTrue(rendered.cases().stream().anyMatch(c -> c.part() && c.name().equals(part.name())
                        && c.variant() == v), "no case in " + RenderedCases.RESOURCE + " for " + part + " variant " + v);
            }
        }
    }

    @Test
    void theNoIncidentLineIsWrittenOnce() {
        String line = templates.render(Part.NO_OPEN_INCIDENT, Map.of());
        assertEquals("No incident is open that I know of.", line);
        for (Part part : Part.values()) {
            Map<String, String> values = new java.util.HashMap<>();
            templates.slots(part).forEach(slot -> values.put(slot, "x"));
            assertTrue(part == Part.NO_OPEN_INCIDENT || !templates.render(part, values).contains(line), part.name());
        }
        for (Move move : Move.values()) {
            Map<String, String> values = new java.util.HashMap<>();
            templates.slots(move).forEach(slot -> values.put(slot, "x"));
            assertFalse(templates.render(move, values).contains(line), move.name());
        }
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
