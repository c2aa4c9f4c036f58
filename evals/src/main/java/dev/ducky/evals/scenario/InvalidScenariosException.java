package dev.ducky.evals.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** One or more scenario files could not be read; the message lists each problem as {@code file:line: …}. */
public class InvalidScenariosException extends RuntimeException {
    private final List<ScenarioFormatException> problems;

    public InvalidScenariosException(List<ScenarioFormatException> problems) {
        super(problems.stream().map(Throwable::getMessage).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioFormatException> problems() {
        return problems;
    }
}
