package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Clarification;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import dev.ducky.query.words.PromDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "How often does 'connection refused' show up in checkout's logs?": lines with a text, or their count over time. */
public final class LogPatternRecipe implements Recipe {
    @Override
    public String intent() {
        return "log-pattern";
    }

    @Override
    public QueryLanguage language() {
        return QueryLanguage.LOGQL;
    }

    @Override
    public int cue(Question q) {
        return q.language() == QueryLanguage.LOGQL && q.pattern().isPresent() ? 6 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        String text = k.q().pattern().orElseThrow();
        List<String> notes = new ArrayList<>();
        Optional<String> stream = LogStreams.named(k, notes);
        if (stream.isEmpty()) {
            return Optional.of(Clarification.ask("In the logs of which service (or namespace) should I look for \""
                    + text + "\"?"));
        }
        String lines = stream.get() + " |= " + Selector.quote(text);
        List<String> explanation = new ArrayList<>();
        explanation.add("`" + stream.get() + "`: the log streams of what you named.");
        explanation.add("`|= " + Selector.quote(text) + "`: only lines containing that exact text (case matters).");
        String query = lines;
        if (LogStreams.overTime(k)) {
            String window = PromDuration.format(LogStreams.countWindow(k));
            query = "sum(count_over_time(" + lines + " [" + window + "]))";
            explanation.add("`sum(count_over_time(…[" + window + "]))`: how many such lines per "
                    + PromDuration.words(LogStreams.countWindow(k)) + ", as a graph over time.");
        }
        explanation.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.LOGQL, query, intent(), explanation));
    }
}
