package dev.ducky.query.logql.syntax;

/** The query is not LogQL: what is wrong, and where (0-based offset into the query). */
public final class LogqlSyntaxException extends RuntimeException {
    private final int offset;

    public LogqlSyntaxException(String message, int offset) {
        super(message, null, false, false); // no stack trace: a syntax error is an expected outcome, often retried
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        this.offset = offset;
    }

    /** 0-based offset of the character where the query stops being LogQL. */
    public int offset() {
        return offset;
    }
}
