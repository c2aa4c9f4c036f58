package dev.ducky.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Something a check needs (the shared corpora, PostgreSQL, promtool, Node.js) is missing: the test skips,
 * saying so — except under CI ({@code CI=true}), where a missing prerequisite is a failure, never a skip.
 */
public final class Prerequisite {
    private Prerequisite() {
    }

    public static void require(boolean present, String what) {
        if (!present) {
            skipOrFail(what + " is missing");
        }
    }

    public static void skipOrFail(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + ": under CI this is a failure, not a skip");
        }
        System.err.println("SKIPPED: " + why);
        Assumptions.abort(why + "; skipped");
    }
}
