package dev.ducky.prompts.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import dev.ducky.prompts.model.Phrased;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guard judges a model's words and takes the offline wording as given, so it never reads Ducky's own templates.
 * Here it does: every variant of every move and part, as if a model had written it, keeps the rules.
 */
class OfflineWordingTest {
    /**
     * Rules the offline wording is exempt from: it is where Ducky's own commands are written down (a model may only
     * repeat them), and a part is not a whole message, so it need not ask.
     */
    private static final Set<Violation> NOT_FOR_TEMPLATES = EnumSet.of(Violation.INVENTS_CODE);
    private static final Set<Violation> NOT_FOR_PARTS = EnumSet.of(Violation.INVENTS_CODE, Violation.ASKS_NOTHING);

    private final Templates templates = new Templates();
    private final Guard guard = new Guard(text -> text);

    @Test
    void everyMovesWordingKeepsTheRules() {
        List<String> broken = new ArrayList<>();
        for (Move move : Move.values()) {
            Map<String, String> values = filled(templates.slots(move));
            for (int variant = 0; variant < templates.variantCount(move); variant++) {
                broken.addAll(check(move, values, templates.render(move, values, variant), NOT_FOR_TEMPLATES));
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPartKeepsTheRulesOfTheMessageItIsReadIn() {
        List<String> broken = new ArrayList<>();
        for (Part part : Part.values()) {
            Map<String, String> values = filled(templates.slots(part));
            for (int variant = 0; variant < templates.variantCount(part); variant++) {
                broken.addAll(check(part.move(), values, templates.render(part, values, variant), NOT_FOR_PARTS));
            }
        }
        assertEquals(List.of(), broken);
    }

    /**
     * The rules broken, less the exempt ones. Support's wording speaks of ETAs and of what customers may be told on
     * purpose — it only ever carries what a developer confirmed — so a status there is not an unconfirmed one.
     */
    private List<String> check(Move move, Map<String, String> values, String text, Set<Violation> exempt) {
        Verdict verdict = guard.check(new Situation(move, values, Set.of(), List.of(), ""), new Phrased(text, List.of()));
        return verdict.violations().stream().filter(v -> !exempt.contains(v))
                .filter(v -> v != Violation.UNCONFIRMED_STATUS || !move.name().startsWith("SUPPORT_"))
                .map(v -> move + " " + v + ": " + text).toList();
    }

    private static Map<String, String> filled(Set<String> slots) {
        Map<String, String> values = new HashMap<>();
        slots.forEach(slot -> values.put(slot, "x"));
        return values;
    }
}
