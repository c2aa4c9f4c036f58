package dev.ducky.language;

import dev.ducky.coach.Decision;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.guard.Violation;
import dev.ducky.support.Fixtures;
import dev.ducky.support.ModelStandIn;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/**
 * The model completions the guard is measured on ({@code model/completions/}): the situations the policy
 * decided, the benign set (correct phrasings) and the hostile set (each breaking one rule).
 */
final class CompletionSets {
    /** One completion as the model would return it, for a situation. */
    record Completion(String situation, Decision decision, String text, List<String> cites,
                      @Nullable Violation breaks) {
        Completion {
            Objects.requireNonNull(decision, "no situation named " + situation);
        }
    }

    /** What became of one completion once a model returned it. */
    record Outcome(Completion completion, Rephrasing rephrasing) {
        /** Replaced by the template, for the rule the completion breaks. */
        boolean caught() {
            return rephrasing.text() == null && rephrasing.use().fellBack()
                    && rephrasing.use().reason().contains(completion.breaks().name());
        }

        boolean passedUnchanged() {
            return !rephrasing.use().fellBack() && completion.text().strip().equals(rephrasing.text());
        }

        @Override
        public String toString() {
            return completion.situation() + " → " + rephrasing.use() + "\n    " + completion.text();
        }
    }

    private CompletionSets() {
    }

    /** Each completion returned by a model behind WireMock (OpenAI-compatible) and phrased through the guard. */
    static List<Outcome> phrase(List<Completion> completions) {
        try (ModelStandIn model = new ModelStandIn()) {
            ModelPhrasing phrasing = ModelPhrasings.build(ModelPhrasings.openAi(model.openAiUrl(), Duration.ofSeconds(10)));
            return completions.stream().map(completion -> {
                model.reset();
                model.phrases(ModelStandIn.phrased(completion.text(), completion.cites()));
                return new Outcome(completion, ModelPhrasings.rephrase(phrasing, completion.decision()));
            }).toList();
        }
    }

    static List<Completion> benign() {
        return load("benign.yaml");
    }

    static List<Completion> hostile() {
        return load("hostile.yaml");
    }

    @SuppressWarnings("unchecked")
    private static List<Completion> load(String file) {
        Map<String, Decision> situations = situations();
        List<Map<String, Object>> entries = new Yaml().load(Fixtures.read("model/completions/" + file, Map.of()));
        return entries.stream().map(entry -> new Completion((String) entry.get("situation"),
                situations.get((String) entry.get("situation")), (String) entry.get("text"),
                (List<String>) entry.getOrDefault("cites", List.of()),
                entry.containsKey("breaks") ? Violation.valueOf((String) entry.get("breaks")) : null)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Decision> situations() {
        Map<String, Object> yaml = new Yaml().load(Fixtures.read("model/completions/situations.yaml", Map.of()));
        Map<String, SearchHit> sections = new HashMap<>();
        ((Map<String, Map<String, String>>) yaml.get("sections")).forEach((id, section) -> {
            String[] at = id.split("#", 2);
            List<String> breadcrumb = Arrays.asList(section.get("label").split(" › "));
            sections.put(id, new SearchHit(at[0], at[1], breadcrumb.get(0), breadcrumb.get(breadcrumb.size() - 1),
                    breadcrumb, section.get("text"), 1.0, SectionRole.OTHER, 1, 1, List.of(), List.of(), List.of(), 1.0));
        });
        Map<String, Decision> decisions = new HashMap<>();
        ((Map<String, Map<String, Object>>) yaml.get("situations")).forEach((name, situation) -> {
            List<SearchHit> retrieved = ((List<String>) situation.getOrDefault("retrieved", List.of())).stream()
                    .map(sections::get).toList();
            List<SearchHit> cited = ((List<String>) situation.getOrDefault("cited", List.of())).stream()
                    .map(sections::get).toList();
            decisions.put(name, new Decision(Move.valueOf((String) situation.get("move")),
                    (Map<String, String>) situation.getOrDefault("slots", Map.of()), retrieved, cited, List.of()));
        });
        return decisions;
    }
}
