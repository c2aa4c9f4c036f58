package dev.ducky.support;

import dev.ducky.config.SupportSettings;
import dev.ducky.prompts.Templates;
import dev.ducky.support.wording.Glossary;
import dev.ducky.support.wording.GlossaryRewriter;
import dev.ducky.support.wording.JargonCheck;
import dev.ducky.support.wording.PlainEnglish;
import dev.ducky.support.wording.Rewriter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's words: the glossary file (DUCKY_GLOSSARY, else the bundled sample) plus the terms developers
 * explained when asked, and the offline rewrite that uses them.
 */
@Factory
class WordingFactory {
    private static final Logger LOG = LoggerFactory.getLogger(WordingFactory.class);

    @Singleton
    PlainEnglish plainEnglish() {
        return PlainEnglish.load();
    }

    @Singleton
    TeamGlossary teamGlossary(SupportSettings settings, SupportStore store) {
        Path file = settings.glossaryFile();
        Glossary glossary = file == null ? Glossary.sample() : Glossary.read(file);
        LOG.info("Glossary: {} terms from {}", glossary.size(), file == null ? "the bundled sample" : file);
        return new TeamGlossary(glossary, store);
    }

    @Singleton
    Rewriter rewriter(TeamGlossary glossary, PlainEnglish english, Templates templates) {
        return new GlossaryRewriter(glossary, english, templates);
    }

    @Singleton
    JargonCheck jargonCheck(TeamGlossary glossary, PlainEnglish english, Templates templates) {
        return new JargonCheck(glossary, english, templates);
    }

    /** The file's terms, and those developers taught since (read each time, so every replica sees them). */
    record TeamGlossary(Glossary file, SupportStore store) implements Supplier<Glossary> {
        @Override
        public Glossary get() {
            return file.with(store.terms());
        }
    }
}
