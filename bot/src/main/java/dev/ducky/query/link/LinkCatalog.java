package dev.ducky.query.link;

import dev.ducky.query.words.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The team's dashboards by service and tag (DUCKY_LINKS, YAML or JSON: {@code links:} with {@code title},
 * {@code url}, {@code services}, {@code tags}), so "can I see the SLOs for checkout?" gets a link, not an answer.
 */
public final class LinkCatalog {
    private static final String SAMPLES = "/dev/ducky/query/links/sample-links.yml";
    /** Asking to be shown a place rather than a number. */
    private static final Pattern ASKS_FOR_PAGE = Pattern.compile("\\b(can i see|could i see|show me|where (is|are|can i"
            + " find|do i find)|link( to)?|take me to|open|dashboards?|slos?|boards?|grafana|panels?|error budgets?)\\b");
    /** Words that name a page rather than data. */
    private static final Pattern PAGE_NOUN = Pattern.compile("\\b(dashboards?|slos?|boards?|grafana|panels?|error budgets?)\\b");

    private final List<LinkEntry> entries;

    public LinkCatalog(List<LinkEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static LinkCatalog empty() {
        return new LinkCatalog(List.of());
    }

    public static LinkCatalog read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new LinkCatalogException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The bundled sample shop's dashboards, for the embedded demo. */
    public static LinkCatalog samples() {
        try (InputStream in = LinkCatalog.class.getResourceAsStream(SAMPLES)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sample links");
        } catch (IOException | NullPointerException e) {
            throw new LinkCatalogException("the sample links are missing from the jar", e);
        }
    }

    static LinkCatalog parse(String text, String origin) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new LinkCatalogException(origin + ": not YAML or JSON", e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("links") instanceof List<?> list)) {
            throw new LinkCatalogException(origin + ": expected a top-level 'links:' list", null);
        }
        List<LinkEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> e)) {
                throw new LinkCatalogException(origin + ": links[" + i + "] is not a mapping", null);
            }
            try {
                entries.add(new LinkEntry(String.valueOf(e.get("title")), String.valueOf(e.get("url")),
                        strings(e.get("services")), strings(e.get("tags"))));
            } catch (IllegalArgumentException bad) {
                throw new LinkCatalogException(origin + ": links[" + i + "]: " + bad.getMessage(), bad);
            }
        }
        return new LinkCatalog(entries);
    }

    private static List<String> strings(Object raw) {
        return raw instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether the question asks to see a page (a dashboard, the SLOs) rather than for a query. */
    public static boolean asksForPage(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return PAGE_NOUN.matcher(lower).find() || ASKS_FOR_PAGE.matcher(lower).find() && !lower.contains("quer");
    }

    /** The entry that fits the question best: its service named (when it has services), and a tag or title word. */
    public Optional<LinkEntry> find(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        Set<String> asked = new HashSet<>(Terms.of(lower));
        LinkEntry best = null;
        int bestScore = 0;
        for (LinkEntry e : entries) {
            boolean service = e.services().stream().anyMatch(s -> Pattern.compile("\\b" + Pattern.quote(
                    s.toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find());
            if (!e.services().isEmpty() && !service) {
                continue;
            }
            int score = service ? 2 : 0;
            for (String tag : e.tags()) {
                score += asked.containsAll(Terms.of(tag)) && !Terms.of(tag).isEmpty() ? 2 : 0;
            }
            for (String word : Terms.of(e.title())) {
                score += asked.contains(word) ? 1 : 0;
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return bestScore >= 3 ? Optional.of(best) : Optional.empty();
    }
}
