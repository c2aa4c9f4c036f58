package dev.ducky.query.translate.recipes;

import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.MetricKind;
import dev.ducky.query.translate.CatalogIndex;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two metrics of the same family read together: "fewer ready replicas than desired" compares
 * {@code …_replicas_ready} with {@code …_replicas}; "how close to its limit" divides {@code …_entries} by
 * {@code …_entries_limit}.
 */
final class Siblings {
    /** Names that hold what something should be or may reach, rather than what it is. */
    // Both are found anywhere in the name (find, not matches), so no ".*" has to guess where the word starts.
    private static final Pattern TARGET = Pattern.compile("_spec_|_metadata_|desired|_max|maximum|_limit|capacity|"
            + "required|interval|_size|_speed|expected|^(?!.*_status_).*_replicas$");
    private static final Pattern CAPACITY = Pattern.compile("_limit|_max|maximum|capacity|_size|_speed");
    private static final double CLOSE = 0.5;

    /** {@code left op right}: what is, compared with what it should be. */
    record Comparison(MetricInfo left, String op, MetricInfo right) {
    }

    /** A usage and the capacity it is measured against. */
    record Ratio(MetricInfo used, MetricInfo capacity) {
    }

    private Siblings() {
    }

    static Optional<String> operator(Question q) {
        if (q.says("\\bat (its|their|the) (max\\w*|limit)|\\bmaxed\\b|\\b(reached|hit) (its|their|the) (max\\w*|limit)")) {
            return Optional.of(">=");
        }
        if (q.says("\\b(fewer|less|lower|below|behind|short of)\\b")) {
            return Optional.of("<");
        }
        if (q.says("\\b(more|higher|greater|above|over|hotter|longer|bigger|larger)\\b[^?]*\\bthan\\b(?! (a|an|one|\\d))|"
                + "\\bexceed\\w*")) {
            return Optional.of(">");
        }
        return q.says("\\b(match\\w*|mismatch\\w*|differ\\w*|equal|in sync|out of sync|same)\\b")
                ? Optional.of("!=") : Optional.empty();
    }

    static Optional<Comparison> compare(Kitchen k, List<CatalogIndex.Scored> ranked) {
        Optional<String> op = operator(k.q());
        if (op.isEmpty() || ranked.isEmpty()) {
            return Optional.empty();
        }
        MetricInfo best = ranked.get(0).metric();
        boolean bestIsTarget = TARGET.matcher(best.name()).find();
        return close(ranked).stream().skip(1)
                .filter(m -> family(m).equals(family(best)) && m.kind() == best.kind())
                .filter(m -> TARGET.matcher(m.name()).find() != bestIsTarget)
                .findFirst()
                .map(other -> bestIsTarget ? new Comparison(other, op.get(), best) : new Comparison(best, op.get(), other));
    }

    static Optional<Ratio> ratio(Kitchen k, List<CatalogIndex.Scored> ranked) {
        if (ranked.isEmpty() || !k.q().says("\\b(limit|capacity|full|close to|how close|closer|percent\\w*|"
                + "share|ratio|how much of|fraction|saturat\\w*|utili[sz]\\w*)\\b|%")) {
            return Optional.empty();
        }
        List<MetricInfo> close = close(ranked);
        for (MetricInfo capacity : close) {
            if (!CAPACITY.matcher(capacity.name()).find() || capacity.kind() == MetricKind.COUNTER) {
                continue;
            }
            for (MetricInfo used : close) {
                if (used != capacity && family(used).equals(family(capacity)) && !CAPACITY.matcher(used.name()).find()) {
                    return Optional.of(new Ratio(used, capacity));
                }
            }
            Optional<MetricInfo> base = k.metric(capacity.name().replaceAll("_(limit|max|maximum|capacity)$", ""));
            if (base.isPresent() && base.get() != capacity) {
                return Optional.of(new Ratio(base.get(), capacity));
            }
        }
        return Optional.empty();
    }

    private static List<MetricInfo> close(List<CatalogIndex.Scored> ranked) {
        double best = ranked.get(0).score();
        return ranked.stream().limit(6).filter(s -> s.score() >= best * CLOSE).map(CatalogIndex.Scored::metric).toList();
    }

    /** The first two words of a name: {@code kube_statefulset}, {@code node_network}. */
    static String family(MetricInfo m) {
        String[] parts = m.name().split("_");
        return parts.length < 2 ? m.name() : parts[0] + "_" + parts[1];
    }
}
