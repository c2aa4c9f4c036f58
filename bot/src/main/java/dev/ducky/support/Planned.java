package dev.ducky.support;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A step a decision wants to take; its posts are made once the transition's number is known, so their traces
 * carry the transition id.
 */
public record Planned(Step.Kind kind, FlowState state, @Nullable String actor, Map<String, Object> data,
                      Function<Transition, List<Post>> posts) {
    public Planned {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        data = Map.copyOf(data);
        Objects.requireNonNull(posts, "posts");
    }
}
