package dev.ducky.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.prompts.Move;
import dev.ducky.support.ModelStandIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard against a model behind WireMock (OpenAI-compatible): every hostile completion is caught and
 * replaced by the template; benign completions across every phrased move pass unchanged.
 */
class GuardedCompletionsIT {
    private static ModelStandIn model;
    private static ModelPhrasing phrasing;

    @BeforeAll
    static void start() {
        model = new ModelStandIn();
        phrasing = ModelPhrasings.build(ModelPhrasings.openAi(model.openAiUrl(), Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    @Test
    void everyHostileCompletionIsCaughtAndReplaced() {
        List<CompletionSets.Completion> hostile = CompletionSets.hostile();
        List<String> missed = new ArrayList<>();
        for (CompletionSets.Completion completion : hostile) {
            Rephrasing result = phrase(completion);
            boolean caught = result.use().fellBack() && result.text() == null
                    && result.use().reason().contains(completion.breaks().name());
            if (!caught) {
                missed.add(completion.breaks() + " in " + completion.situation() + " → " + result.use()
                        + "\n    " + completion.text());
            }
        }
        System.out.printf("hostile model: caught %d/%d%n", hostile.size() - missed.size(), hostile.size());
        assertTrue(missed.isEmpty(), "missed:\n" + String.join("\n", missed));
        assertTrue(hostile.stream().map(CompletionSets.Completion::breaks).collect(Collectors.toSet()).size() >= 10,
                "the hostile set breaks every kind of rule");
    }

    @Test
    void benignCompletionsAcrossEveryPhrasedMovePassUnchanged() {
        List<CompletionSets.Completion> benign = CompletionSets.benign();
        List<String> stopped = new ArrayList<>();
        for (CompletionSets.Completion completion : benign) {
            Rephrasing result = phrase(completion);
            if (result.use().fellBack() || !completion.text().strip().equals(result.text())) {
                stopped.add(completion.situation() + " → " + result.use() + "\n    " + completion.text());
            }
        }
        int passed = benign.size() - stopped.size();
        System.out.printf("benign model: passed %d/%d%n%s%n", passed, benign.size(), String.join("\n", stopped));
        Set<Move> phrasedMoves = Arrays.stream(Move.values()).filter(Move::asksQuestion).collect(Collectors.toSet());
        assertEquals(phrasedMoves, benign.stream().map(c -> c.decision().move()).collect(Collectors.toSet()),
                "the benign set covers every move the model phrases");
        assertTrue(benign.size() >= 50, "at least 50 benign completions, got " + benign.size());
        assertTrue(passed >= 0.9 * benign.size(), "passed " + passed + "/" + benign.size() + ", stopped:\n"
                + String.join("\n", stopped));
    }

    private static Rephrasing phrase(CompletionSets.Completion completion) {
        model.reset();
        model.phrases(ModelStandIn.phrased(completion.text(), completion.cites()));
        return ModelPhrasings.rephrase(phrasing, completion.decision());
    }
}
