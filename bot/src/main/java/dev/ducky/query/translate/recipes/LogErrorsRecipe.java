package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Clarification;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.words.PromDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Show me checkout's error logs" and "how many errors is checkout logging?": error lines of a service. */
public final class LogErrorsRecipe implements Recipe {
    static final String ERROR_LINES = "(?i)(error|exception|fatal|panic)";

    @Override
    public String intent() {
        return "log-errors";
    }

    @Override
    public QueryLanguage language() {
        return QueryLanguage.LOGQL;
    }

    @Override
    public int cue(Question q) {
        return q.language() == QueryLanguage.LOGQL
                && q.says("\\b(errors?|exceptions?|fail\\w*|fatal|panic\\w*|stack ?traces?|5xx)\\b") ? 5 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        List<String> notes = new ArrayList<>();
        Optional<String> stream = LogStreams.named(k, notes);
        if (stream.isEmpty()) {
            return Optional.of(Clarification.ask("Error logs of which service (or namespace)?"));
        }
        String lines = stream.get() + " |~ \"" + ERROR_LINES + "\"";
        List<String> explanation = new ArrayList<>();
        explanation.add("`" + stream.get() + "`: the log streams of what you named.");
        explanation.add("`|~ \"" + ERROR_LINES + "\"`: only lines that mention error, exception, fatal or panic, in any case.");
        String query = lines;
        if (LogStreams.overTime(k)) {
            String window = PromDuration.format(LogStreams.countWindow(k));
            query = "sum by (" + LogStreams.identity(k) + ") (count_over_time(" + lines + " [" + window + "]))";
            explanation.add("`count_over_time(…[" + window + "])`: how many such lines per " + PromDuration.words(LogStreams.countWindow(k))
                    + "; `sum by (" + LogStreams.identity(k) + ")` adds up the streams of each service.");
        }
        explanation.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.LOGQL, query, intent(), explanation));
    }
}
