package dev.ducky.conversation;

import io.micronaut.core.annotation.Nullable;

/**
 * Whether a language model phrased a reply.
 *
 * @param used      a model was asked
 * @param fellBack  the offline template was posted instead of the model's text
 * @param reason    why it fell back, or why no model was used
 */
public record ModelUse(boolean used, boolean fellBack, @Nullable String reason) {
    public static final ModelUse NONE = new ModelUse(false, false, "no model configured");
}
