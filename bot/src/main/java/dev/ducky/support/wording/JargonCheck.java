package dev.ducky.support.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks text a developer wrote for customers (the edit form): every glossary term and every word a customer
 * would not know is a problem to fix before it may go to support.
 */
public final class JargonCheck {
    private final Supplier<Glossary> glossary;
    private final PlainEnglish english;

    public JargonCheck(Supplier<Glossary> glossary, PlainEnglish english) {
        this.glossary = glossary;
        this.english = english;
    }

    /** One sentence per problem; empty when customers would understand every word. */
    public List<String> problems(String text) {
        Wording wording = Wording.of(text, glossary.get(), english);
        List<String> problems = new ArrayList<>();
        for (Glossary.Term term : wording.terms()) {
            if (!term.plain().equalsIgnoreCase(term.term())) {
                problems.add("Customers won't know “" + term.term() + "”: say e.g. “" + term.plain() + "”.");
            }
        }
        for (String word : wording.unknown()) {
            problems.add("Customers won't know “" + word + "”: say what it means for them.");
        }
        return problems;
    }
}
