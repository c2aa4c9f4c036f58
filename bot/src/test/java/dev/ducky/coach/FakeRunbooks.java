package dev.ducky.coach;

import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.retrieval.Runbooks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runbooks in memory, for driving the coach without an index: a search ranks sections by how many of the
 * question's words (four letters or more) they contain — title, heading, text, services and alerts — best first,
 * ties in the order given, sections sharing no word left out. Crude, but predictable enough to say in a test
 * which section a question finds.
 */
final class FakeRunbooks implements Runbooks {
    private static final Set<String> TOO_COMMON = Set.of("what", "that", "this", "with", "from", "just", "tell", "have",
            "does", "should", "when", "then", "there", "your", "about", "into", "them", "they", "their", "were");

    private final List<SearchHit> sections;

    private FakeRunbooks(List<SearchHit> sections) {
        this.sections = List.copyOf(sections);
    }

    static FakeRunbooks of(SearchHit... sections) {
        return new FakeRunbooks(Arrays.asList(sections));
    }

    static FakeRunbooks none() {
        return new FakeRunbooks(List.of());
    }

    @Override
    public List<SearchHit> search(String question, int k) {
        Set<String> asked = words(question);
        record Scored(SearchHit hit, int shared) {
        }
        List<Scored> scored = new ArrayList<>();
        for (SearchHit section : sections) {
            Set<String> shared = words(String.join(" ", section.title(), section.section(), section.text(),
                    String.join(" ", section.services()), String.join(" ", section.alerts())));
            shared.retainAll(asked);
            if (!shared.isEmpty()) {
                scored.add(new Scored(section, shared.size()));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::shared).reversed()).limit(k)
                .map(Scored::hit).toList();
    }

    @Override
    public List<SearchHit> sectionsOf(String path) {
        return sections.stream().filter(section -> section.path().equals(path)).toList();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.length() >= 4 && !TOO_COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A runbook to write sections of: its path, title and front matter. */
    static Runbook runbook(String path, String title) {
        return new Runbook(path, title, List.of(), List.of(), List.of());
    }

    record Runbook(String path, String title, List<String> services, List<String> alerts, List<String> owners) {
        Runbook services(String... names) {
            return new Runbook(path, title, List.of(names), alerts, owners);
        }

        Runbook alerts(String... names) {
            return new Runbook(path, title, services, List.of(names), owners);
        }

        Runbook owners(String... names) {
            return new Runbook(path, title, services, alerts, List.of(names));
        }

        /** One section of this runbook, as a search would return it. */
        SearchHit section(String heading, SectionRole role, String text) {
            String anchor = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
            return new SearchHit(path, anchor, title, heading, List.of(title, heading), text, 1.0, role, 1,
                    (int) text.lines().count() + 1, services, alerts, owners, 1.0);
        }
    }
}
