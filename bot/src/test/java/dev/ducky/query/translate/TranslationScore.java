package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * How a translator does on a question set: which questions get a query that uses all the reference's metrics
 * and functions (as our parser lists them), which get a question back, and the misses.
 */
public record TranslationScore(List<AlertQuestions.Case> cases, List<Translation> translations, int uses,
                               int usesMetrics, int clarified, List<String> misses) {
    public static TranslationScore of(Translator translator, List<AlertQuestions.Case> cases) {
        List<Translation> translations = cases.stream()
                .map(c -> translator.translate(c.question(), Translator.Options.in(QueryLanguage.PROMQL))).toList();
        int uses = 0;
        int usesMetrics = 0;
        int clarified = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Translation t = translations.get(i);
            boolean same = usesReference(t, cases.get(i).reference());
            uses += same ? 1 : 0;
            usesMetrics += usesMetrics(t, cases.get(i).reference()) ? 1 : 0;
            clarified += t.clarify() != null ? 1 : 0;
            if (!same) {
                misses.add("| " + cases.get(i).alert() + " | " + cases.get(i).question() + " | "
                        + (t.clarify() != null ? "asks: " + cell(t.clarify()) : "`" + cell(t.query()) + "`") + " |");
            }
        }
        return new TranslationScore(cases, translations, uses, usesMetrics, clarified, misses);
    }

    static boolean usesReference(Translation t, String reference) {
        ParseResult ref = QueryLanguage.PROMQL.parser().check(reference);
        return t.shown() && ref.valid() && t.metrics().containsAll(ref.metrics()) && t.functions().containsAll(ref.functions());
    }

    static boolean usesMetrics(Translation t, String reference) {
        ParseResult ref = QueryLanguage.PROMQL.parser().check(reference);
        return t.shown() && ref.valid() && t.metrics().containsAll(ref.metrics());
    }

    public List<String> shownQueries() {
        return translations.stream().filter(Translation::shown).map(Translation::query).toList();
    }

    public double usesShare() {
        return (double) uses / cases.size();
    }

    public double clarifiedShare() {
        return (double) clarified / cases.size();
    }

    private static String cell(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").replace("|", "\\|");
    }
}
