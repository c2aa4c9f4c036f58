package dev.ducky.query.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The translation question set ({@code translate/alert-questions.tsv}): a responder's question per alert, with
 * the alert's own expression, read from the awesome-prometheus-alerts rule files, as the reference.
 */
public final class AlertQuestions {
    /** One question and its reference. */
    public record Case(String alert, String question, String reference) {
    }

    private AlertQuestions() {
    }

    /** The first set, over awesome-prometheus-alerts. */
    public static List<Case> alertSet(Path corpora) {
        return load("/translate/alert-questions.tsv", corpora.resolve("awesome-prometheus-alerts/dist/rules"));
    }

    /** The fresh set, over kube-prometheus, never tuned on. */
    public static List<Case> freshSet(Path corpora) {
        return load("/translate/fresh-questions.tsv", corpora.resolve("kube-prometheus-alerts/manifests"));
    }

    static List<Case> load(String resource, Path rules) {
        List<Case> cases = new ArrayList<>();
        try (var in = AlertQuestions.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                cases.add(new Case(cols[1], cols[2], expr(rules.resolve(cols[0]), cols[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String expr(Path file, String alert) throws IOException {
        Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        Object groups = root.containsKey("spec") ? ((Map<?, ?>) root.get("spec")).get("groups") : root.get("groups");
        for (Object group : (List<?>) groups) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                Map<?, ?> r = (Map<?, ?>) rule;
                if (alert.equals(r.get("alert"))) {
                    return String.valueOf(r.get("expr")).strip();
                }
            }
        }
        throw new IllegalStateException("no alert " + alert + " in " + file);
    }
}
