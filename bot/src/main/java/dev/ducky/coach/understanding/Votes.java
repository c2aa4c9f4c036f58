package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import dev.ducky.prompts.LabelledExamples.Example;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns the nearest examples into intent votes, weighted by similarity and normalised to sum to 1. */
final class Votes {
    private Votes() {
    }

    static Map<Intent, Double> fromNeighbours(List<Example> examples, Integer[] order, double[] similarity, int k) {
        Map<Intent, Double> votes = new EnumMap<>(Intent.class);
        double total = 0;
        for (int i = 0; i < Math.min(k, order.length); i++) {
            double s = similarity[order[i]];
            if (s <= 0) {
                break;
            }
            votes.merge(examples.get(order[i]).intent(), s, Double::sum);
            total += s;
        }
        if (total > 0) {
            double sum = total;
            votes.replaceAll((intent, v) -> v / sum);
        }
        return votes;
    }
}
