package dev.ducky.query.logql.ast;

import java.util.Locale;

/** The parser stages that extract labels from a log line. */
public enum ParserKind {
    JSON, LOGFMT, REGEXP, PATTERN, UNPACK;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
