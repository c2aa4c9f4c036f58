package dev.ducky.query;

/** Checks one query of a language: valid or not, where it breaks, and what it uses. */
public interface QueryParser {
    ParseResult check(String query);
}
