package dev.ducky.query.translate.recipes;

import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.MetricKind;
import dev.ducky.query.translate.CatalogIndex;
import dev.ducky.query.translate.Kitchen;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks the request counter or latency histogram a question is about: the one whose name and help match its
 * words best, preferring what the named service is labelled on, then the common HTTP conventions. Client-side
 * metrics only when the question is about calls to dependencies.
 */
final class RequestMetrics {
    static final List<String> STATUS_LABELS = List.of("code", "status", "status_code", "grpc_code");
    private static final List<String> PREFERRED = List.of("http_requests_total", "http_server_requests_seconds_count",
            "http_request_duration_seconds", "http_server_requests_seconds");
    private static final Set<String> CLIENT_WORDS = Set.of("client", "dependency", "dependencies", "downstream", "upstream",
            "outgoing", "calls", "peer", "peers");

    private RequestMetrics() {
    }

    /** A counter of requests that carries a status label. */
    static Optional<MetricInfo> counter(Kitchen k) {
        return best(k, m -> (m.kind() == MetricKind.COUNTER || m.kind() == MetricKind.UNKNOWN)
                && m.name().matches(".*(requests?|handled|calls)(_total|_count)$") && statusLabel(m).isPresent());
    }

    /** Any counter of requests, with or without a status label. */
    static Optional<MetricInfo> anyCounter(Kitchen k) {
        return best(k, m -> (m.kind() == MetricKind.COUNTER || m.kind() == MetricKind.UNKNOWN)
                && m.name().matches(".*(requests?|handled|calls|received)(_total|_count)$"));
    }

    /** A latency histogram (seconds). */
    static Optional<MetricInfo> histogram(Kitchen k) {
        return best(k, m -> m.kind() == MetricKind.HISTOGRAM);
    }

    static Optional<String> statusLabel(MetricInfo m) {
        return STATUS_LABELS.stream().filter(m::hasLabel).findFirst();
    }

    private static Optional<MetricInfo> best(Kitchen k, Predicate<MetricInfo> kind) {
        boolean clientSide = k.q().words().stream().anyMatch(CLIENT_WORDS::contains);
        Predicate<MetricInfo> side = m -> clientSide || !m.name().contains("client");
        List<String> notes = new java.util.ArrayList<>();
        return k.rank(kind.and(side)).stream()
                .max(Comparator.comparingDouble((CatalogIndex.Scored s) -> s.score())
                        .thenComparingInt(s -> k.subjects().any() && !k.filters(s.metric(), notes).isEmpty() ? 1 : 0)
                        .thenComparingInt(s -> -preference(s.metric().name())))
                .map(CatalogIndex.Scored::metric);
    }

    private static int preference(String name) {
        int i = PREFERRED.indexOf(name);
        return i < 0 ? PREFERRED.size() : i;
    }
}
