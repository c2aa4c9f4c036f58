package dev.ducky.query.logql.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** Something a conformance check needs is missing: skip, saying so, or under CI ({@code CI=true}) fail. */
public final class SharedOrSkip {
    private SharedOrSkip() {
    }

    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + " is missing: under CI this is a failure, not a skip");
        }
        System.err.println("SKIPPED: " + what + " is missing");
        Assumptions.abort(what + " is missing; skipped");
    }
}
