package dev.ducky.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A transition being decided, before it is stored: which question, its number, what kind, the state it leaves and
 * what it decided. Replies about it carry all of this in their trace.
 */
public record Transition(String questionId, int seq, Step.Kind kind, FlowState state, Map<String, Object> data) {
    public Transition {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        data = Map.copyOf(data);
    }

    public String id() {
        return Step.transitionId(questionId, seq);
    }

    /** The trace's {@code support} field. */
    public Map<String, Object> trace() {
        Map<String, Object> support = new LinkedHashMap<>();
        support.put("question", questionId);
        support.put("transition", id());
        support.put("step", kind.name());
        support.put("flow", state.name());
        support.putAll(data);
        return support;
    }
}
