package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import java.util.EnumMap;
import java.util.Map;

/**
 * Classifies a message offline: cue rules first (a decisive cue wins), else rules and nearest labelled
 * examples together. A message nothing speaks for is taken as a symptom, so Ducky looks it up rather than
 * ignore someone who addressed it.
 */
public class IntentClassifier {
    static final double DECISIVE = 1.0;
    static final double RULE_WEIGHT = 0.6;
    static final double EXAMPLE_WEIGHT = 1.0;

    private final ExampleMatcher examples;

    public IntentClassifier(ExampleMatcher examples) {
        this.examples = examples;
    }

    public Understanding classify(String text) {
        if (text == null || text.isBlank()) {
            return new Understanding(Intent.STUCK, 0.5, "default");
        }
        Map<Intent, Double> rules = IntentRules.score(text);
        Map.Entry<Intent, Double> bestRule = best(rules);
        if (bestRule != null && bestRule.getValue() >= DECISIVE && clearlyAhead(rules, bestRule)) {
            return new Understanding(bestRule.getKey(), Math.min(1, bestRule.getValue() / 1.5), "rule");
        }
        Map<Intent, Double> combined = new EnumMap<>(Intent.class);
        rules.forEach((intent, score) -> combined.merge(intent, RULE_WEIGHT * Math.min(score, 1.5), Double::sum));
        examples.vote(text).forEach((intent, vote) -> combined.merge(intent, EXAMPLE_WEIGHT * vote, Double::sum));
        Map.Entry<Intent, Double> best = best(combined);
        if (best == null) {
            return new Understanding(Intent.DESCRIBE_SYMPTOM, 0.2, "default");
        }
        double total = combined.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Understanding(best.getKey(), best.getValue() / total, "examples");
    }

    /** A decisive cue only decides when no other intent's cues are about as strong. */
    private static boolean clearlyAhead(Map<Intent, Double> scores, Map.Entry<Intent, Double> best) {
        return scores.entrySet().stream().filter(e -> e.getKey() != best.getKey())
                .allMatch(e -> e.getValue() < best.getValue() - 0.15);
    }

    private static Map.Entry<Intent, Double> best(Map<Intent, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    }
}
