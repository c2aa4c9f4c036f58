package dev.ducky.query.translate;

import dev.ducky.query.catalog.MetricInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The label a spoken grouping noun means on a given metric: "per endpoint" is {@code route} or {@code handler}. */
public final class Grouping {
    private static final Map<String, List<String>> NOUN_LABELS = Map.ofEntries(
            Map.entry("route", List.of("route", "handler", "path", "uri", "endpoint")),
            Map.entry("endpoint", List.of("route", "handler", "path", "uri", "endpoint")),
            Map.entry("path", List.of("route", "handler", "path", "uri")),
            Map.entry("url", List.of("route", "handler", "path", "uri", "url")),
            Map.entry("handler", List.of("handler", "route", "path")),
            Map.entry("pod", List.of("pod")),
            Map.entry("container", List.of("container", "name")),
            Map.entry("namespace", List.of("namespace")),
            Map.entry("host", List.of("instance", "node")),
            Map.entry("instance", List.of("instance", "node")),
            Map.entry("machine", List.of("instance", "node")),
            Map.entry("vm", List.of("instance", "node")),
            Map.entry("node", List.of("node", "instance")),
            Map.entry("status", List.of("code", "status", "status_code", "grpc_code")),
            Map.entry("status code", List.of("code", "status", "status_code", "grpc_code")),
            Map.entry("code", List.of("code", "status", "status_code", "grpc_code")),
            Map.entry("method", List.of("method", "grpc_method", "verb")),
            Map.entry("verb", List.of("verb", "method")),
            Map.entry("service", List.of("service", "app", "job", "grpc_service")),
            Map.entry("job", List.of("job_name", "job")),
            Map.entry("target", List.of("instance")),
            Map.entry("cronjob", List.of("cronjob")),
            Map.entry("deployment", List.of("deployment")),
            Map.entry("statefulset", List.of("statefulset")),
            Map.entry("daemonset", List.of("daemonset")),
            Map.entry("replicaset", List.of("replicaset")),
            Map.entry("hpa", List.of("horizontalpodautoscaler")),
            Map.entry("pvc", List.of("persistentvolumeclaim")),
            Map.entry("volume", List.of("persistentvolumeclaim", "persistentvolume")),
            Map.entry("disk", List.of("device")),
            Map.entry("device", List.of("device")),
            Map.entry("interface", List.of("device", "interface")),
            Map.entry("filesystem", List.of("mountpoint")),
            Map.entry("mountpoint", List.of("mountpoint")),
            Map.entry("mount", List.of("mountpoint")),
            Map.entry("peer", List.of("peer")),
            Map.entry("dependency", List.of("peer")),
            Map.entry("upstream", List.of("peer")),
            Map.entry("queue", List.of("queue")),
            Map.entry("unit", List.of("name")),
            Map.entry("cpu", List.of("cpu")),
            Map.entry("core", List.of("cpu")),
            Map.entry("mode", List.of("mode")),
            Map.entry("reason", List.of("reason")),
            Map.entry("phase", List.of("phase")),
            Map.entry("resource", List.of("resource")),
            Map.entry("integration", List.of("integration")),
            Map.entry("group", List.of("rule_group")));

    private Grouping() {
    }

    /** The nouns people group by, plural as they say them ("slowest endpoints", "noisiest pods"). */
    public static java.util.Set<String> nouns() {
        return NOUN_LABELS.keySet();
    }

    /** The metric's label for a noun, if it has one (any when the catalog does not know its labels). */
    public static Optional<String> labelFor(String noun, MetricInfo metric) {
        List<String> labels = NOUN_LABELS.getOrDefault(noun, List.of());
        if (metric.labels().isEmpty()) {
            return labels.stream().findFirst();
        }
        return labels.stream().filter(metric::hasLabel).findFirst();
    }

    /** The labels the question's grouping nouns mean on this metric, in the order asked, without repeats. */
    public static List<String> labels(Question q, MetricInfo metric) {
        List<String> labels = new ArrayList<>();
        for (String noun : q.shape().groupNouns()) {
            labelFor(noun, metric).filter(l -> !labels.contains(l)).ifPresent(labels::add);
        }
        if (labels.contains("container") && !labels.contains("pod") && metric.hasLabel("pod")) {
            labels.add(labels.indexOf("container"), "pod"); // a container name is only unique within its pod
        }
        if (labels.contains("pod") && !labels.contains("namespace") && metric.hasLabel("namespace")) {
            labels.add(labels.indexOf("pod"), "namespace"); // a pod name is only unique within its namespace
        }
        return labels;
    }

    /** Whether the question groups by something this metric can be cut by. */
    public static boolean anyFor(Question q, MetricInfo metric) {
        return !labels(q, metric).isEmpty();
    }
}
