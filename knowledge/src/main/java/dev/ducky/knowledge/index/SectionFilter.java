package dev.ducky.knowledge.index;

import dev.ducky.knowledge.runbook.SectionRole;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Restricts a search to some services, alerts or section roles; each list is "any of", the lists combine with
 * "and"; an empty list does not restrict. Names match whatever their capitalisation.
 *
 * @param services services a runbook covers (front matter, or its folder)
 * @param alerts   alerts a runbook answers (front matter, its file name, or a rule's runbook_url)
 * @param roles    section roles, e.g. only {@link SectionRole#MITIGATION}
 */
public record SectionFilter(List<String> services, List<String> alerts, List<SectionRole> roles) {
    public static final SectionFilter NONE = new SectionFilter(List.of(), List.of(), List.of());

    public SectionFilter {
        services = List.copyOf(services);
        alerts = List.copyOf(alerts);
        roles = List.copyOf(roles);
    }

    public static SectionFilter service(String service) {
        return new SectionFilter(List.of(service), List.of(), List.of());
    }

    public static SectionFilter alert(String alert) {
        return new SectionFilter(List.of(), List.of(alert), List.of());
    }

    public boolean isEmpty() {
        return services.isEmpty() && alerts.isEmpty() && roles.isEmpty();
    }

    /**
     * The filter as a query, or empty when it does not restrict. {@code runbookStems} gives, for an alert name, the
     * runbook file names its rules' {@code runbook_url}s point at, so a runbook without front matter still counts.
     */
    Optional<Query> toQuery(Function<String, Collection<String>> runbookStems) {
        if (isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (!services.isEmpty()) {
            all.add(anyOf(services.stream().map(s -> new Term(SectionFields.SERVICE, SectionFields.keyword(s)))
                    .toList()), Occur.FILTER);
        }
        if (!alerts.isEmpty()) {
            List<Term> terms = new java.util.ArrayList<>();
            for (String alert : alerts) {
                terms.add(new Term(SectionFields.ALERT, SectionFields.keyword(alert)));
                runbookStems.apply(alert).forEach(stem -> terms.add(new Term(SectionFields.STEM, stem)));
            }
            all.add(anyOf(terms), Occur.FILTER);
        }
        if (!roles.isEmpty()) {
            all.add(anyOf(roles.stream().map(r -> new Term(SectionFields.ROLE, r.name())).toList()), Occur.FILTER);
        }
        return Optional.of(all.build());
    }

    private static Query anyOf(List<Term> terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(term -> any.add(new TermQuery(term), Occur.SHOULD));
        return any.build();
    }
}
