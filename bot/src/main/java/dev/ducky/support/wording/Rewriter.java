package dev.ducky.support.wording;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Puts developers' words in customer and technical-partner words. Offline it is the glossary and a few fixed
 * sentence shapes; a language model may implement it later, behind the same rules: a term it cannot
 * translate is reported in {@link Rewrite#unknownTerms()}, never passed on.
 */
public interface Rewriter {
    /**
     * @param replies the developers' messages, oldest first
     * @param impact  what the incident's runbook says customers notice, used when the replies say nothing of it
     */
    Rewrite rewrite(List<String> replies, @Nullable String impact);
}
