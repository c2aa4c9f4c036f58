package dev.ducky.query.promql.ast;

import java.util.Objects;

/**
 * A label matcher such as {@code job=~"api.*"}.
 *
 * @param matchesEmpty whether the matcher accepts the empty value (a selector needs one that does not)
 */
public record Matcher(String name, MatchType type, String value, boolean matchesEmpty) {
    public Matcher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public enum MatchType {
        EQUAL("="), NOT_EQUAL("!="), REGEX("=~"), NOT_REGEX("!~");

        private final String symbol;

        MatchType(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
