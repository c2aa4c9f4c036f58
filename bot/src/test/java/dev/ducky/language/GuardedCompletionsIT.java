package dev.ducky.language;


import dev.ducky.prompts.Move;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard against a model behind WireMock (OpenAI-compatible): every hostile completion is caught and
 * replaced by the template; benign completions across every phrased move pass unchanged.
 */
class GuardedCompletionsIT {
    @Test
    void everyHostileCompletionIsCaughtAndReplaced() {
        List<CompletionSets.Outcome> outcomes = CompletionSets.phrase(CompletionSets.hostile());
        List<CompletionSets.Outcome> missed = outcomes.stream().filter(o -> !o.caught()).toList();
        System.out.printf("hostile model: caught %d/%d%n", outcomes.size() - missed.size(), outcomes.size());
        assertTrue(missed.isEmpty(), "missed:\n" + missed.stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertTrue(outcomes.stream().map(o -> o.completion().breaks()).distinct().count() >= 10,
                "the hostile set breaks every kind of rule");
    }

    @Test
    void benignCompletionsAcrossEveryPhrasedMovePassUnchanged() {
        List<CompletionSets.Outcome> outcomes = CompletionSets.phrase(CompletionSets.benign());
        List<CompletionSets.Outcome> stopped = outcomes.stream().filter(o -> !o.passedUnchanged()).toList();
        int passed = outcomes.size() - stopped.size();
        String why = stopped.stream().map(Object::toString).collect(Collectors.joining("\n"));
        System.out.printf("benign model: passed %d/%d%n%s%n", passed, outcomes.size(), why);
        Set<Move> phrasedMoves = Arrays.stream(Move.values()).filter(Move::modelPhrased).collect(Collectors.toSet());
        assertEquals(phrasedMoves, outcomes.stream().map(o -> o.completion().decision().move()).collect(Collectors.toSet()),
                "the benign set covers every move the model phrases");
        assertTrue(outcomes.size() >= 50, "at least 50 benign completions, got " + outcomes.size());
        assertTrue(passed >= 0.9 * outcomes.size(), "passed " + passed + "/" + outcomes.size() + ", stopped:\n" + why);
    }
}
