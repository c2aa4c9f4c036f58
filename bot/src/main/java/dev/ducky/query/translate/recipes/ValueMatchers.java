package dev.ducky.query.translate.recipes;

import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Selector;
import dev.ducky.query.translate.Subjects;
import dev.ducky.query.words.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matchers for the fixed vocabularies a question names: "failed units" is {@code state="failed"}, "under
 * memory pressure" is {@code condition="MemoryPressure", status="true"}, "not ready" is {@code status="false"}.
 */
final class ValueMatchers {
    private static final Set<String> BOOLEAN = Set.of("true", "false");

    private ValueMatchers() {
    }

    static boolean negated(Question q) {
        return q.says("\\b(not|no|never|isn't|aren't|doesn't|don't|can't|cannot|unable|without|notready|unready)\\b")
                && !q.says("\\bunknown\\b");
    }

    static List<Selector.Match> of(Question q, MetricInfo metric) {
        List<Selector.Match> matches = new ArrayList<>();
        Set<String> asked = new HashSet<>(q.terms());
        for (String label : metric.values().keySet()) {
            Set<String> values = metric.valuesOf(label);
            if (values.containsAll(BOOLEAN) || Subjects.IDENTITY.contains(label) || label.equals("job")) {
                continue; // services and jobs are the subjects' business
            }
            String best = null;
            int bestTerms = 0;
            for (String value : values) {
                List<String> terms = Terms.of(value);
                boolean said = q.words().contains(value.toLowerCase(Locale.ROOT))
                        || (!terms.isEmpty() && asked.containsAll(terms));
                if (said && terms.size() >= bestTerms) {
                    best = value;
                    bestTerms = terms.size();
                }
            }
            if (best != null) {
                matches.add(Selector.Match.eq(label, best));
            }
        }
        if (!matches.isEmpty()) {
            for (String label : metric.values().keySet()) {
                if (metric.valuesOf(label).containsAll(BOOLEAN)) {
                    matches.add(Selector.Match.eq(label, negated(q) ? "false" : "true"));
                }
            }
        }
        return matches;
    }
}
