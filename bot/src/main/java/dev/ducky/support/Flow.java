package dev.ducky.support;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes a question's next step: decides on its history, and stores the step with the next number. When another
 * writer (a second click, a second replica) took that number first, it reads again and decides again; when the
 * cause already had its step (a replay after a crash), it does nothing.
 */
@Singleton
public class Flow {
    private static final int ATTEMPTS = 8;

    private final SupportStore store;

    public Flow(SupportStore store) {
        this.store = store;
    }

    public History history(String questionId) {
        return new History(store.question(questionId), store.steps(questionId));
    }

    /** Returns the stored step, or empty when the decision was to do nothing or the cause was handled before. */
    public Optional<Step> advance(String questionId, String cause, Function<History, Optional<Planned>> decide) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (store.happened(cause)) {
                return Optional.empty();
            }
            History history = history(questionId);
            Optional<Planned> planned = decide.apply(history);
            if (planned.isEmpty()) {
                return Optional.empty();
            }
            Planned p = planned.get();
            Transition transition = new Transition(questionId, history.nextSeq(), p.kind(), p.state(), p.data());
            Step step = new Step(0, questionId, transition.seq(), p.kind(), p.state(), p.actor(), cause, p.data(),
                    p.posts().apply(transition), Instant.now());
            if (store.append(step)) {
                return Optional.of(step);
            }
        }
        throw new IllegalStateException("question " + questionId + " kept changing under step " + cause);
    }
}
