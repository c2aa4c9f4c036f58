package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import dev.ducky.prompts.LabelledExamples;
import dev.ducky.prompts.LabelledExamples.Example;
import dev.ducky.support.Fixtures;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The held-back labelled messages, and accuracy / macro-F1 of a classifier on them. */
final class HeldOutSet {
    record Score(double accuracy, double macroF1, Map<Intent, Double> f1, List<String> errors) {
        String summary() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "accuracy=%.3f macroF1=%.3f%n", accuracy,
                    macroF1));
            f1.forEach((intent, f) -> out.append(String.format(Locale.ROOT, "  %-17s F1=%.2f%n", intent, f)));
            return out.toString();
        }
    }

    private HeldOutSet() {
    }

    /** The set the rules were tuned on after its first score (so its score is optimistic). */
    static List<Example> load() {
        return load("heldout.tsv");
    }

    static List<Example> load(String name) {
        return LabelledExamples.parse(Fixtures.read("understanding/" + name, Map.of()), name);
    }

    static Score score(List<Example> set, Function<String, Intent> classify) {
        Map<Intent, int[]> counts = new EnumMap<>(Intent.class); // tp, fp, fn
        for (Intent intent : Intent.values()) {
            counts.put(intent, new int[3]);
        }
        int correct = 0;
        List<String> errors = new java.util.ArrayList<>();
        for (Example example : set) {
            Intent predicted = classify.apply(example.text());
            if (predicted == example.intent()) {
                correct++;
                counts.get(predicted)[0]++;
            } else {
                counts.get(predicted)[1]++;
                counts.get(example.intent())[2]++;
                errors.add(example.intent() + " -> " + predicted + ": " + example.text());
            }
        }
        Map<Intent, Double> f1 = new EnumMap<>(Intent.class);
        counts.forEach((intent, c) -> {
            double precision = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
            f1.put(intent, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        });
        double macro = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Score(correct / (double) set.size(), macro, f1, errors);
    }
}
