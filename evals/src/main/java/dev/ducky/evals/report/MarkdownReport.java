package dev.ducky.evals.report;

import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.run.ScenarioResult;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.TurnResult;
import dev.ducky.evals.score.CheckResult;
import dev.ducky.evals.score.Outcome;
import java.util.List;
import java.util.Locale;

/** The run in a page of Markdown: the figures, a line per scenario, then every problem with where it is. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(SuiteResult suite) {
        StringBuilder md = new StringBuilder();
        md.append("# Ducky eval: ").append(suite.target()).append("\n\n");
        headline(suite).forEach(line -> md.append(line).append("\n\n"));
        md.append("| scenario | status | expectations | rules broken |\n|---|---|---|---|\n");
        for (ScenarioResult s : suite.scenarios()) {
            long passed = s.checks().stream().filter(CheckResult::passed).count();
            long scored = s.checks().stream().filter(c -> c.outcome() != Outcome.NOT_JUDGED).count();
            md.append("| ").append(cell(s.scenario().id() + ": " + s.scenario().title())).append(" | ")
                    .append(status(s)).append(" | ").append(s.status() == ScenarioResult.Status.SKIPPED ? "–"
                            : passed + "/" + scored).append(" | ").append(s.violations().size()).append(" |\n");
        }
        section(md, "Rules broken", suite, true);
        section(md, "Failed expectations", suite, false);
        for (ScenarioResult s : suite.scenarios()) {
            if (s.status() == ScenarioResult.Status.ERROR) {
                md.append("\n- **error** in ").append(s.scenario().file()).append(": ").append(s.reason());
            }
        }
        if (suite.count(ScenarioResult.Status.SKIPPED) > 0) {
            md.append("\n\n## Skipped\n");
            suite.scenarios().stream().filter(s -> s.status() == ScenarioResult.Status.SKIPPED)
                    .forEach(s -> md.append("\n- ").append(s.scenario().id()).append(": ").append(s.reason()));
        }
        return md.append('\n').toString();
    }

    /** The run's figures, in two sentences. */
    public static List<String> headline(SuiteResult suite) {
        return List.of(String.format(Locale.ROOT, "%d scenarios: %d passed, %d failed expectations, %d broke a rule,"
                        + " %d errors, %d skipped — pass rate %.0f%% of %d replayed, in %.1f s.",
                suite.scenarios().size(), suite.count(ScenarioResult.Status.PASSED),
                suite.count(ScenarioResult.Status.FAILED), suite.count(ScenarioResult.Status.VIOLATED),
                suite.count(ScenarioResult.Status.ERROR), suite.count(ScenarioResult.Status.SKIPPED),
                100 * suite.passRate(), suite.ran(), suite.took().toMillis() / 1000.0),
                String.format(Locale.ROOT, "Expectations: %d passed, %d failed, %d not judged. "
                        + "Turn latency p50 %.0f ms, p95 %.0f ms. Rules broken: %d%s.",
                suite.expectations(Outcome.PASS), suite.expectations(Outcome.FAIL),
                suite.expectations(Outcome.NOT_JUDGED), suite.latencyPercentile(50), suite.latencyPercentile(95),
                suite.violations().size(), knownNote(suite)));
    }

    private static String knownNote(SuiteResult suite) {
        long known = suite.scenarios().stream().mapToLong(s -> s.knownViolations().size()).sum();
        return known == 0 ? "" : " (plus " + known + " known and quarantined, listed below)";
    }

    private static void section(StringBuilder md, String title, SuiteResult suite, boolean rules) {
        StringBuilder body = new StringBuilder();
        for (ScenarioResult s : suite.scenarios()) {
            for (TurnResult t : s.turns()) {
                String where = s.scenario().file().getFileName() + ":" + t.turn().line() + " (" + t.turn().id() + " \""
                        + Cells.shorten(t.turn().summary()) + "\")";
                if (rules) {
                    t.violations().forEach(v -> body.append("\n- ").append(where).append(": ").append(rule(v)));
                    t.known().forEach(v -> body.append("\n- ").append(where).append(": known, quarantined: ")
                            .append(rule(v)));
                } else {
                    t.checks().stream().filter(CheckResult::failed).forEach(c -> body.append("\n- ").append(where)
                            .append(": expected ").append(c.expectation()).append(" — ").append(c.detail()));
                }
            }
        }
        if (!body.isEmpty()) {
            md.append("\n## ").append(title).append('\n').append(body).append('\n');
        }
    }

    private static String rule(Violation v) {
        return "**" + v.rule() + "** " + v.detail();
    }

    private static String status(ScenarioResult s) {
        return switch (s.status()) {
            case PASSED -> "passed";
            case FAILED -> "failed expectations";
            case VIOLATED -> "**broke a rule**";
            case ERROR -> "**error**";
            case SKIPPED -> "skipped";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
