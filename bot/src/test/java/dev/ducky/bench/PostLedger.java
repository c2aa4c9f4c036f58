package dev.ducky.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ducky.evals.http.FormFields;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every {@code chat.postMessage} the Slack stand-in receives, by the step id Ducky puts in the message's
 * metadata ({@code key/n}: the n-th reply to the delivery stored under {@code key}), with its arrival time.
 */
final class PostLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Long>> byStep = new ConcurrentHashMap<>();
    private final Map<String, Long> firstByKey = new ConcurrentHashMap<>();
    private final List<String> withoutStep = new CopyOnWriteArrayList<>();

    PostLedger(WireMockServer slack) {
        slack.addMockServiceRequestListener((request, response) -> {
            if (request.getUrl().endsWith("/chat.postMessage")) {
                record(FormFields.parse(request.getBodyAsString()), System.nanoTime());
            }
        });
    }

    void clear() {
        byStep.clear();
        firstByKey.clear();
        withoutStep.clear();
    }

    private void record(Map<String, String> form, long at) {
        String step = stepOf(form.get("metadata"));
        if (step == null) {
            withoutStep.add(form.getOrDefault("text", ""));
            return;
        }
        byStep.computeIfAbsent(step, s -> new CopyOnWriteArrayList<>()).add(at);
        firstByKey.merge(step.substring(0, step.lastIndexOf('/')), at, Math::min);
    }

    private static String stepOf(String metadata) {
        if (metadata == null) {
            return null;
        }
        try {
            JsonNode step = JSON.readTree(metadata).path("event_payload").path("step_id");
            return step.isTextual() && step.asText().contains("/") ? step.asText() : null;
        } catch (Exception unreadable) {
            return null;
        }
    }

    /** When the first reply to this delivery arrived (System.nanoTime), or null. */
    Long firstReply(String key) {
        return firstByKey.get(key);
    }

    boolean answered(String key) {
        return firstByKey.containsKey(key);
    }

    int answeredAmong(Set<String> keys) {
        return (int) keys.stream().filter(firstByKey::containsKey).count();
    }

    int posts() {
        return byStep.values().stream().mapToInt(List::size).sum() + withoutStep.size();
    }

    /** Posts beyond the first of each step: a reply Slack users saw twice. */
    int duplicatePosts() {
        return byStep.values().stream().mapToInt(times -> times.size() - 1).sum();
    }

    /** Steps posted more than once, for the report. */
    List<String> duplicatedSteps() {
        return byStep.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    /** Posts whose delivery is not among {@code keys}: something nobody sent in this run was answered. */
    int postsForOtherKeys(Set<String> keys) {
        return (int) byStep.keySet().stream().filter(s -> !keys.contains(s.substring(0, s.lastIndexOf('/')))).count()
                + withoutStep.size();
    }
}
