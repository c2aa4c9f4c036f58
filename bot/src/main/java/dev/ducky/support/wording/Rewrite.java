package dev.ducky.support.wording;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Developers' words put for customers and for technical partners.
 *
 * @param customer     the customer-friendly answer; never holds a term in {@code unknownTerms}
 * @param partner      the technical-partner version
 * @param unknownTerms words nobody said the meaning of: while there are any, nothing may be confirmed from this
 * @param missing      what a customer answer needs and the words lack
 */
public record Rewrite(String customer, String partner, List<String> unknownTerms, Set<Missing> missing) {
    public Rewrite {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(partner, "partner");
        unknownTerms = List.copyOf(unknownTerms);
        missing = Set.copyOf(missing);
    }

    public boolean understood() {
        return unknownTerms.isEmpty();
    }
}
