package dev.ducky.query.logql.ast;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Set;

/**
 * What follows a binary operator: {@code bool}, {@code on (…)} / {@code ignoring (…)}, then
 * {@code group_left (…)} / {@code group_right (…)}.
 *
 * @param matching {@code on}, {@code ignoring}, or null
 * @param group    {@code group_left}, {@code group_right}, or null (only with a matching)
 */
public record BinaryModifier(boolean returnBool, @Nullable String matching, List<String> matchingLabels,
                             @Nullable String group, List<String> includeLabels) {
    public static final BinaryModifier NONE = new BinaryModifier(false, null, List.of(), null, List.of());

    public BinaryModifier {
        matchingLabels = List.copyOf(matchingLabels);
        includeLabels = List.copyOf(includeLabels);
        if (matching != null && !Set.of("on", "ignoring").contains(matching)) {
            throw new IllegalArgumentException("matching is on or ignoring: " + matching);
        }
        if (group != null && (matching == null || !Set.of("group_left", "group_right").contains(group))) {
            throw new IllegalArgumentException("group is group_left or group_right, after on/ignoring: " + group);
        }
    }
}
