package dev.ducky.coach;

import dev.ducky.conversation.Link;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import dev.ducky.query.examples.RunbookQueries;
import dev.ducky.query.examples.WorkedExample;
import dev.ducky.query.link.LinkCatalog;
import dev.ducky.query.link.LinkEntry;
import dev.ducky.query.translate.Translation;
import dev.ducky.query.translate.Translator;
import dev.ducky.query.words.Terms;
import dev.ducky.retrieval.Runbooks;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demonstrate: a plain question becomes a checked, explained query with a link for the human to run it — or a
 * link to the right dashboard, or a question back when it is unclear what they mean. Nothing is ever run.
 */
@Singleton
public class QueryDemonstrations {
    /** How many of the retrieved sections may lend their own query. */
    private static final int RUNBOOK_SECTIONS = 3;
    /** A number standing on its own: {@code 0.95} in {@code histogram_quantile(0.95, …)}, not the 5 of {@code [5m]}. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\"])\\d+(?:\\.\\d+)?(?![\\w.\"])");

    private final Translator translator;
    private final LinkCatalog links;
    private final Runbooks runbooks;
    private final Templates templates;

    public QueryDemonstrations(Translator translator, LinkCatalog links, Runbooks runbooks, Templates templates) {
        this.translator = translator;
        this.links = links;
        this.runbooks = runbooks;
        this.templates = templates;
    }

    public Decision decide(String question, Session session) {
        List<SearchHit> hits = runbooks.search(question, CoachPolicy.RETRIEVE);
        if (LinkCatalog.asksForPage(question)) {
            Optional<LinkEntry> page = links.find(question);
            if (page.isPresent()) {
                return new Decision(Move.SHOW_LINK, Map.of("title", page.get().title()), hits, List.of(), List.of())
                        .withDemonstration(Demonstration.linkOnly(new Link(page.get().title(), page.get().url())));
            }
        }
        Translation t = runbookQuery(question, hits, translator.translate(question, options(session)), session);
        if (!t.shown()) {
            String ask = t.clarify() != null ? t.clarify()
                    : templates.render(Part.QUERY_NOT_WRITTEN, Map.of("errors", String.join("; ", t.errors())));
            return new Decision(Move.CLARIFY_QUERY, Map.of("question", ask.replaceAll("\\?\\s*$", "")), hits, List.of(),
                    List.of());
        }
        Optional<SearchHit> runbook = runbookSection(t);
        Map<String, String> slots = Map.of("language", t.language().title(), "from", from(t, runbook),
                "query", t.query(), "details", QueryDetails.of(t, templates));
        Demonstration shown = new Demonstration(t.language().label(), t.query(), t.valid(), t.metrics(), t.functions(),
                t.intent(), t.example() == null ? null : t.example().source().label(),
                t.lints().stream().map(dev.ducky.query.analysis.Lint::rule).toList(),
                t.link() == null ? List.of() : List.of(new Link(QueryDetails.linkLabel(t.link(), templates), t.link())));
        Decision decision = runbook.map(hit -> Decision.citing(Move.SHOW_QUERY, slots, hit, hits))
                .orElseGet(() -> new Decision(Move.SHOW_QUERY, slots, hits, List.of(), List.of()));
        return decision.withDemonstration(shown);
    }

    /**
     * The runbook's own query instead, when a retrieved section (of the best few) looks at the same metrics with the
     * same numbers (a p95 asked for stays a p95) — the team's labels and habits beat a generic translation — or when
     * the translator could only ask back.
     */
    private Translation runbookQuery(String question, List<SearchHit> hits, Translation translated, Session session) {
        if (translated.example() != null && translated.example().source() == WorkedExample.Source.TEAM_HISTORY) {
            return translated; // what the team itself wrote for this question beats the runbook's general query
        }
        List<SearchHit> retrieved = hits.stream().limit(RUNBOOK_SECTIONS).toList();
        // Asking back is the fallback: then the retrieved runbooks' Diagnosis queries are worth a look too. A query
        // the translator did write is replaced only by one of the sections retrieved for the question itself.
        for (SearchHit hit : translated.shown() ? retrieved : withDiagnosis(retrieved)) {
            for (RunbookQueries.Found found : RunbookQueries.in(hit.text())) {
                boolean same = translated.shown() && found.language() == translated.language()
                        && found.language().parser().check(found.query()).metrics().containsAll(translated.metrics())
                        && numbers(found.query()).containsAll(numbers(translated.query()));
                boolean instead = !translated.shown() && translated.language() == found.language()
                        && namesTheSameThing(question, hit);
                if (same || instead) {
                    Translation shown = translator.demonstrate(new WorkedExample(found.introduction().isEmpty()
                            ? CoachPolicy.label(hit) : found.introduction(), found.language(), found.query(),
                            WorkedExample.Source.RUNBOOK, hit.citation()), question, options(session));
                    if (shown.shown()) {
                        return shown;
                    }
                }
            }
        }
        return translated;
    }

    /**
     * The retrieved sections, each followed by its runbook's diagnosis sections: retrieval shows one section of a
     * runbook (often its mitigation), while the runbook keeps its queries under Diagnosis.
     */
    private List<SearchHit> withDiagnosis(List<SearchHit> retrieved) {
        Map<String, SearchHit> sections = new LinkedHashMap<>();
        for (SearchHit hit : retrieved) {
            sections.putIfAbsent(hit.citation(), hit);
            runbooks.sectionsOf(hit.path()).stream().filter(s -> s.role() == SectionRole.DIAGNOSIS)
                    .forEach(s -> sections.putIfAbsent(s.citation(), s));
        }
        return List.copyOf(sections.values());
    }

    /** The numbers a query states (a quantile, a top-k), not those inside durations or label values. */
    private static Set<String> numbers(String query) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(query);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    /** Whether the section's runbook or heading shares a word with the question ("login", "queue"). */
    private static boolean namesTheSameThing(String question, SearchHit hit) {
        Set<String> asked = new HashSet<>(Terms.of(question));
        return Terms.of(hit.title() + " " + hit.section()).stream().anyMatch(asked::contains);
    }

    private static Translator.Options options(Session session) {
        String alert = session.incident().alert();
        Optional<Instant> fired = alert == null ? Optional.empty() : Optional.of(session.incident().openedAt());
        return new Translator.Options(Optional.empty(), Optional.ofNullable(alert), fired);
    }

    /** The runbook section a worked example was taken from, so the message cites it. */
    private Optional<SearchHit> runbookSection(Translation t) {
        if (t.example() == null || t.example().source() != WorkedExample.Source.RUNBOOK) {
            return Optional.empty();
        }
        String[] citation = t.example().reference().split("#", 2);
        return runbooks.sectionsOf(citation[0]).stream().filter(h -> citation.length > 1 && h.anchor().equals(citation[1]))
                .findFirst();
    }

    private String from(Translation t, Optional<SearchHit> runbook) {
        WorkedExample example = t.example();
        if (example == null) {
            return "";
        }
        return switch (example.source()) {
            case RUNBOOK -> runbook.map(hit -> templates.render(Part.QUERY_FROM_RUNBOOK_SECTION,
                    Map.of("where", CoachPolicy.label(hit)))).orElse(templates.render(Part.QUERY_FROM_RUNBOOK, Map.of()));
            case ALERT_RULE -> templates.render(Part.QUERY_FROM_ALERT_RULE, Map.of("rule", example.reference()));
            case TEAM_HISTORY -> templates.render(Part.QUERY_FROM_TEAM, Map.of("who", example.reference()));
        };
    }
}
