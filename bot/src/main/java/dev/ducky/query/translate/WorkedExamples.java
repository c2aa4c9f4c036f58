package dev.ducky.query.translate;

import dev.ducky.query.examples.WorkedExample;
import java.util.ArrayList;
import java.util.List;

/** A worked example as a draft: the query (an alert's without its threshold) and where it comes from. */
final class WorkedExamples {
    static final String INTENT = "example";

    private WorkedExamples() {
    }

    static Draft draft(WorkedExample example) {
        List<String> lines = new ArrayList<>();
        String query = example.query();
        switch (example.source()) {
            case ALERT_RULE -> {
                query = Offsets.withoutThreshold(example.query());
                lines.add("Adapted from alert rule `" + example.reference() + "` (" + example.description() + ")"
                        + (query.equals(example.query()) ? "." : ", without its threshold, so you see the values."));
            }
            case RUNBOOK -> lines.add("From the runbook (" + example.reference() + "): " + example.description());
            case TEAM_HISTORY -> lines.add(example.reference() + " used this for \"" + example.description() + "\".");
        }
        return new Draft(example.language(), query, INTENT, lines, example);
    }
}
