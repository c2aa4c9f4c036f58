package dev.ducky.support.wording;

import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks text a developer wrote for customers (the edit form): every glossary term and every word a customer
 * would not know is a problem to fix before it may go to support.
 */
public final class JargonCheck {
    private final Supplier<Glossary> glossary;
    private final PlainEnglish english;
    private final Templates templates;

    public JargonCheck(Supplier<Glossary> glossary, PlainEnglish english, Templates templates) {
        this.glossary = glossary;
        this.english = english;
        this.templates = templates;
    }

    /** One sentence per problem; empty when customers would understand every word. */
    public List<String> problems(String text) {
        Wording wording = Wording.of(text, glossary.get(), english);
        List<String> problems = new ArrayList<>();
        for (Glossary.Term term : wording.terms()) {
            if (!term.plain().equalsIgnoreCase(term.term())) {
                problems.add(templates.render(Part.JARGON_TERM, Map.of("term", term.term(), "plain", term.plain())));
            }
        }
        for (String word : wording.unknown()) {
            problems.add(templates.render(Part.JARGON_WORD, Map.of("word", word)));
        }
        return problems;
    }
}
