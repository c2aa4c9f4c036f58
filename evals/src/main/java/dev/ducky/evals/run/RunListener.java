package dev.ducky.evals.run;

/** Follows a run as it goes, e.g. to draw a progress bar. */
public interface RunListener {
    RunListener NONE = new RunListener() { };

    default void started(int scenarios) {
    }

    default void scenarioDone(ScenarioResult result) {
    }

    default void finished(SuiteResult result) {
    }
}
