package dev.ducky.query.promql.synthetic;

import dev.ducky.query.catalog.MetricKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A plan's series as an OpenMetrics file of samples every {@code step} up to {@code end}: counters growing at
 * changing rates (the second series of each resets shortly before the end), gauges in ranges that suit their
 * names (0/1 flags, 0–1 ratios, large byte sizes, unix times), histograms as cumulative buckets with sum and
 * count, summaries as quantiles with sum and count. Each series is seeded by its name and labels, so every run
 * writes the same file.
 */
final class SyntheticSamples {
    static final double[] BUCKETS = {0.01, 0.05, 0.1, 0.5, 1, 5, Double.POSITIVE_INFINITY};
    static final double[] QUANTILES = {0.5, 0.9, 0.99};
    /** Resets land inside a 5m window at the end but outside 1m and 2m windows. */
    private static final Duration RESET_BEFORE_END = Duration.ofSeconds(150);
    private static final Pattern FLAG = Pattern.compile(
            "up|.*_(up|ready|successful|success|readonly|error|alarm|sync_status|has_leader|suspend|unschedulable"
                    + "|phase|condition|reason|running|taint|state)|.*alarm.*");
    private static final Pattern RATIO = Pattern.compile(".*(ratio|utilization|fraction).*");
    private static final Pattern POINT_IN_TIME = Pattern.compile(
            ".*(start_time|boot_time|created|creation|last_schedule|last_successful|completion_time|expiration).*");
    private static final Pattern NOW = Pattern.compile(".*(last_seen|timestamp|timestamp_seconds|time_seconds|_time)$");
    private static final Pattern OFFSET = Pattern.compile(".*offset.*");
    private static final Pattern CAPACITY = Pattern.compile(".*(size|total|capacity|limit|max).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_LIKE = Pattern.compile(
            ".*(replicas|generation|number|scheduled|pods|members|shards|slaves|active|disks|completions|succeeded"
                    + "|failed|discovered|length|capacity|entries|queries|peers).*");

    private final long endSeconds;
    private final int points;
    private final int stepSeconds;

    SyntheticSamples(Instant end, Duration span, Duration step) {
        this.endSeconds = end.getEpochSecond();
        this.stepSeconds = (int) step.toSeconds();
        this.points = (int) (span.toSeconds() / stepSeconds) + 1;
    }

    void write(Iterable<SeriesPlan.Family> families, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SeriesPlan.Family family : families) {
                for (int i = 0; i < family.series().size(); i++) {
                    Map<String, String> labels = family.series().get(i);
                    Random random = new Random((family.name() + labels).hashCode());
                    switch (family.kind()) {
                        case COUNTER -> series(out, family.name(), labels, counter(family.name(), random, i == 1));
                        case HISTOGRAM -> histogram(out, family.name(), labels, random);
                        case SUMMARY -> summary(out, family.name(), labels, random);
                        default -> series(out, family.name(), labels, gauge(family.name(), random));
                    }
                }
            }
            out.write("# EOF\n");
        }
    }

    private long time(int point) {
        return endSeconds - (long) (points - 1 - point) * stepSeconds;
    }

    /** A counter's values; {@code reset} sets it back to near zero once, shortly before the end. */
    private double[] counter(String name, Random random, boolean reset) {
        double scale = name.contains("bytes") ? 1e5 : name.contains("seconds") ? 0.3
                : name.matches(".*(err|fail|drop|miss|reject|exceeded|duplicate|out_of_order|corrupt).*") ? 0.05 : 5;
        double rate = scale * (0.2 + random.nextDouble());
        double phase = random.nextDouble() * 2 * Math.PI;
        int resetPoint = points - 1 - (int) (RESET_BEFORE_END.toSeconds() / stepSeconds);
        double[] values = new double[points];
        double value = scale * 1000 * random.nextDouble();
        for (int k = 0; k < points; k++) {
            if (k > 0) {
                value += increment(rate, k, phase, random);
            }
            if (reset && k == resetPoint) {
                value = rate * stepSeconds * random.nextDouble();
            }
            values[k] = value;
        }
        return values;
    }

    /** Growth over one step at a rate that swings by ±60% over about 48 minutes, with noise. */
    private double increment(double rate, int k, double phase, Random random) {
        return rate * stepSeconds * (1 + 0.6 * Math.sin(2 * Math.PI * k / 97.0 + phase)) * (0.7 + 0.6 * random.nextDouble());
    }

    private double[] gauge(String name, Random random) {
        double[] values = new double[points];
        if (name.endsWith("_info")) {
            java.util.Arrays.fill(values, 1);
            return values;
        }
        if (FLAG.matcher(name).matches()) {
            // a flag that is 0 for a third of the time, at different times per series
            int offset = random.nextInt(3);
            int period = 60 + random.nextInt(40);
            for (int k = 0; k < points; k++) {
                values[k] = (k / period + offset) % 3 == 0 ? 0 : 1;
            }
            return values;
        }
        if (POINT_IN_TIME.matcher(name).matches()) {
            java.util.Arrays.fill(values, endSeconds - 3600L * (1 + random.nextInt(48)));
            return values;
        }
        if (NOW.matcher(name).matches()) {
            int lag = random.nextInt(20);
            for (int k = 0; k < points; k++) {
                values[k] = time(k) - lag;
            }
            return values;
        }
        double low;
        double high;
        boolean whole = false;
        if (RATIO.matcher(name).matches()) {
            low = 0;
            high = 1;
        } else if (OFFSET.matcher(name).matches()) {
            low = -0.1;
            high = 0.1;
        } else if (name.contains("bytes")) {
            low = CAPACITY.matcher(name).matches() ? 5e10 : 1e9;
            high = low * 20;
        } else if (name.contains("celsius")) {
            low = 35;
            high = 90;
        } else if (COUNT_LIKE.matcher(name).matches()) {
            low = 0;
            high = 10;
            whole = true;
        } else {
            low = 0;
            high = 100;
        }
        return walk(random, low, high, whole);
    }

    /** A random walk within [low, high], drifting so that trends (deriv, predict_linear) are not flat. */
    private double[] walk(Random random, double low, double high, boolean whole) {
        double[] values = new double[points];
        double span = high - low;
        double value = low + span * (0.2 + 0.6 * random.nextDouble());
        double drift = span * (random.nextDouble() - 0.5) * 0.002;
        for (int k = 0; k < points; k++) {
            value = Math.max(low, Math.min(high, value + drift + span * 0.01 * random.nextGaussian()));
            values[k] = whole ? Math.rint(value) : value;
        }
        return values;
    }

    /** Cumulative buckets of observations whose median swings over time, with their sum and count. */
    private void histogram(BufferedWriter out, String name, Map<String, String> labels, Random random) throws IOException {
        double median = Math.exp(Math.log(0.02) + random.nextDouble() * Math.log(100));
        double rate = 1 + 19 * random.nextDouble();
        double phase = random.nextDouble() * 2 * Math.PI;
        double[][] buckets = new double[BUCKETS.length][points];
        double[] sum = new double[points];
        double count = 0;
        double total = 0;
        double[] cumulative = new double[BUCKETS.length];
        for (int k = 0; k < points; k++) {
            double m = median * Math.exp(0.5 * Math.sin(2 * Math.PI * k / 83.0 + phase));
            double observed = k == 0 ? 1000 * random.nextDouble() : increment(rate, k, phase, random);
            for (int b = 0; b < BUCKETS.length; b++) {
                cumulative[b] += observed * share(BUCKETS[b], m);
                buckets[b][k] = cumulative[b];
            }
            count += observed;
            total += observed * m * 1.2;
            sum[k] = total;
        }
        for (int b = 0; b < BUCKETS.length; b++) {
            Map<String, String> withLe = new TreeMap<>(labels);
            withLe.put("le", bound(BUCKETS[b]));
            series(out, name + "_bucket", withLe, buckets[b]);
        }
        series(out, name + "_sum", labels, sum);
        series(out, name + "_count", labels, buckets[BUCKETS.length - 1]);
    }

    /** The share of observations at most {@code le}: log-logistic around the median. */
    private static double share(double le, double median) {
        return Double.isInfinite(le) ? 1 : 1 / (1 + Math.pow(median / le, 1 / 0.6));
    }

    private void summary(BufferedWriter out, String name, Map<String, String> labels, Random random) throws IOException {
        double median = 0.01 + random.nextDouble();
        double[] walk = walk(random, median * 0.5, median * 1.5, false);
        for (double q : QUANTILES) {
            Map<String, String> withQuantile = new TreeMap<>(labels);
            withQuantile.put("quantile", Double.toString(q));
            double[] values = new double[points];
            for (int k = 0; k < points; k++) {
                values[k] = walk[k] * (1 + 4 * (q - 0.5));
            }
            series(out, name, withQuantile, values);
        }
        double[] count = counter(name + "_count", random, false);
        double[] sum = new double[points];
        for (int k = 0; k < points; k++) {
            sum[k] = count[k] * median;
        }
        series(out, name + "_sum", labels, sum);
        series(out, name + "_count", labels, count);
    }

    private static String bound(double le) {
        if (Double.isInfinite(le)) {
            return "+Inf";
        }
        return le == Math.rint(le) ? Long.toString((long) le) : Double.toString(le);
    }

    private void series(BufferedWriter out, String name, Map<String, String> labels, double[] values) throws IOException {
        StringBuilder head = new StringBuilder(name).append('{');
        String separator = "";
        for (Map.Entry<String, String> label : labels.entrySet()) {
            head.append(separator).append(label.getKey()).append("=\"").append(escape(label.getValue())).append('"');
            separator = ",";
        }
        String prefix = head.append("} ").toString();
        for (int k = 0; k < points; k++) {
            out.write(prefix);
            out.write(Double.toString(values[k]));
            out.write(' ');
            out.write(Long.toString(time(k)));
            out.write('\n');
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
