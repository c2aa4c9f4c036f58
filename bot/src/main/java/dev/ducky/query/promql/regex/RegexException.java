package dev.ducky.query.promql.regex;

/** A regular expression Go rejects: its error code text and the offending fragment. */
final class RegexException extends Exception {
    RegexException(String code, String fragment) {
        super("error parsing regexp: " + code + ": `" + fragment + "`");
    }
}
