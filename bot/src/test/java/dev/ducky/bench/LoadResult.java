package dev.ducky.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The figures of one load run, and how they read against the targets. */
record LoadResult(String label, int requests, int retries, double p50, double p99, double max, double warmP99,
                  int not200,
                  int deserving, int answered, Map<LoadEvent.Kind, Integer> missingByKind, int duplicatePosts,
                  List<String> duplicatedSteps, int postsForOthers, double drainMillis, boolean drained,
                  int askedChannels, int channels) {

    /** Acks due after this much of the load are past the replicas' first, cold seconds. */
    static final long WARM_AFTER_NANOS = 5_000_000_000L;

    static LoadResult of(String label, List<LoadEvent> deliveries, Set<String> deserving, AckLoad.Sent sent,
                         PostLedger ledger, double drainMillis, boolean drained, int askedChannels, int channels) {
        double[] latencies = sent.acks().stream().mapToDouble(a -> a.latencyNanos() / 1e6).toArray();
        double[] warm = sent.acks().stream().filter(a -> a.dueAfterNanos() >= WARM_AFTER_NANOS)
                .mapToDouble(a -> a.latencyNanos() / 1e6).toArray();
        Map<LoadEvent.Kind, Integer> missing = new TreeMap<>();
        Set<String> all = new HashSet<>();
        for (LoadEvent e : deliveries) {
            all.add(e.key());
            if (deserving.contains(e.key()) && !ledger.answered(e.key())) {
                missing.merge(e.kind(), 1, Integer::sum);
            }
        }
        return new LoadResult(label, latencies.length, (int) sent.acks().stream().filter(AckLoad.Ack::retry).count(),
                BenchmarkReport.percentile(latencies, 50), BenchmarkReport.percentile(latencies, 99),
                BenchmarkReport.percentile(latencies, 100), BenchmarkReport.percentile(warm, 99),
                (int) sent.acks().stream().filter(a -> a.status() != 200).count(), deserving.size(),
                ledger.answeredAmong(deserving), missing, ledger.duplicatePosts(), ledger.duplicatedSteps(),
                ledger.postsForOtherKeys(all), drainMillis, drained, askedChannels, channels);
    }

    int missing() {
        return deserving - answered;
    }

    boolean meetsTargets(double p99Target) {
        return p99 < p99Target && missing() == 0 && duplicatePosts == 0 && not200 == 0;
    }

    String row(double p99Target) {
        return String.format(Locale.ROOT, "| %s | %d (%d) | %.0f / %.0f / %.0f ms | %.0f ms | %d | %d of %d | %d | %d | %s | %s |",
                label, requests, retries, p50, p99, max, warmP99, not200, answered, deserving, missing(), duplicatePosts,
                drained ? String.format(Locale.ROOT, "%.1f s", drainMillis / 1000) : "not within the watch",
                meetsTargets(p99Target) ? "met" : "**missed**");
    }

    List<String> notes(double p99Target) {
        List<String> notes = new ArrayList<>();
        if (askedChannels < channels) {
            notes.add("Ducky asked in the opened thread of " + askedChannels + " of " + channels
                    + " channels; answers in the other threads were not counted as deserving a reply");
        }
        if (p99 >= p99Target) {
            notes.add(String.format(Locale.ROOT, "ack p99 %.0f ms misses the %.0f ms target", p99, p99Target));
        }
        if (not200 > 0) {
            notes.add(not200 + " requests got no 200 (an error status or no answer within 10 s)");
        }
        if (!missingByKind.isEmpty()) {
            notes.add("unanswered " + (drained ? "" : "when the watch ended ") + "by kind: " + missingByKind);
        }
        if (duplicatePosts > 0) {
            notes.add(duplicatePosts + " replies posted twice, e.g. "
                    + duplicatedSteps.subList(0, Math.min(5, duplicatedSteps.size())));
        }
        if (postsForOthers > 0) {
            notes.add(postsForOthers + " posts answered deliveries this run did not send");
        }
        return notes;
    }
}
