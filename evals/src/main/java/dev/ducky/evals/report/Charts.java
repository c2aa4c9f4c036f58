package dev.ducky.evals.report;

import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.run.SuiteResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The report's two charts: Ducky's moves grouped by EDGE stage, and how long turns took. */
final class Charts {
    private static final List<String> STAGES = List.of("explain", "demonstrate", "guide", "enhance");
    private static final double[] BUCKETS_MS = {10, 25, 50, 100, 250, 500, 1000, 2500};

    private Charts() {
    }

    static String movesByStage(SuiteResult suite) {
        List<BotMessage> messages = suite.scenarios().stream().flatMap(s -> s.turns().stream())
                .flatMap(t -> t.messages().stream()).toList();
        Map<String, Map<String, Long>> byStage = messages.stream().collect(Collectors.groupingBy(BotMessage::stage,
                TreeMap::new, Collectors.groupingBy(BotMessage::move, TreeMap::new, Collectors.counting())));
        List<SvgCharts.Bar> bars = new ArrayList<>();
        List<String> stages = new ArrayList<>(STAGES);
        byStage.keySet().stream().filter(s -> !STAGES.contains(s)).forEach(stages::add);
        for (String stage : stages) {
            byStage.getOrDefault(stage, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> bars.add(new SvgCharts.Bar(stage + " · " + e.getKey(), e.getValue(), stage)));
        }
        return SvgCharts.bars("Ducky's moves by EDGE stage", bars, "");
    }

    static String latency(SuiteResult suite) {
        double[] millis = suite.latenciesMillis();
        Map<Integer, Long> counts = Arrays.stream(millis).boxed()
                .collect(Collectors.groupingBy(Charts::bucket, TreeMap::new, Collectors.counting()));
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (int i = 0; i <= BUCKETS_MS.length; i++) {
            String label = i == 0 ? "< " + (int) BUCKETS_MS[0] + " ms"
                    : i == BUCKETS_MS.length ? "≥ " + (int) BUCKETS_MS[i - 1] + " ms"
                    : (int) BUCKETS_MS[i - 1] + "–" + (int) BUCKETS_MS[i] + " ms";
            bars.add(new SvgCharts.Bar(label, counts.getOrDefault(i, 0L), "latency"));
        }
        return SvgCharts.bars("Turn latency (turns per bucket)", bars, " turns");
    }

    private static int bucket(double millis) {
        for (int i = 0; i < BUCKETS_MS.length; i++) {
            if (millis < BUCKETS_MS[i]) {
                return i;
            }
        }
        return BUCKETS_MS.length;
    }
}
