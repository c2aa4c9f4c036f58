package dev.ducky.language;

import dev.ducky.conversation.ModelUse;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What became of asking the model to phrase a move.
 *
 * @param text  the model's text, when it passed the guard; null when the offline wording stands
 * @param cited the section ids the posted text cites (the policy's, then any retrieved one the model added)
 * @param use   whether a model was asked, whether it fell back, and why
 */
public record Rephrasing(@Nullable String text, List<String> cited, ModelUse use) {
    public Rephrasing {
        cited = List.copyOf(cited);
        Objects.requireNonNull(use, "use");
        if ((text == null) != (use.fellBack() || !use.used())) {
            throw new IllegalArgumentException("text is present exactly when the model's phrasing is used");
        }
    }

    static Rephrasing offline(List<String> cited, ModelUse use) {
        return new Rephrasing(null, cited, use);
    }
}
