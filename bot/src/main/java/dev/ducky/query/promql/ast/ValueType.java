package dev.ducky.query.promql.ast;

/** What an expression evaluates to. */
public enum ValueType {
    NONE("none", "none"), VECTOR("vector", "instant vector"), SCALAR("scalar", "scalar"),
    MATRIX("matrix", "range vector"), STRING("string", "string");

    private final String internalName;
    private final String documented;

    ValueType(String internalName, String documented) {
        this.internalName = internalName;
        this.documented = documented;
    }

    /** The name Prometheus's documentation uses, e.g. "range vector". */
    public String documented() {
        return documented;
    }

    /** The name Prometheus uses internally (and in a few messages), e.g. "matrix". */
    public String internalName() {
        return internalName;
    }
}
