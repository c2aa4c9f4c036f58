package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.words.PromDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Who is logging the most?": the streams with the most lines (or bytes) per second. */
public final class LogTopTalkersRecipe implements Recipe {
    @Override
    public String intent() {
        return "log-top-talkers";
    }

    @Override
    public QueryLanguage language() {
        return QueryLanguage.LOGQL;
    }

    @Override
    public int cue(Question q) {
        return q.language() == QueryLanguage.LOGQL && q.says("\\b(top talkers?|noisiest|chattiest|loudest|most logs?|"
                + "logs? the most|logging the most|log volume|most log lines|logs? most|spamm\\w*)\\b") ? 7 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        List<String> notes = new ArrayList<>();
        String stream = LogStreams.named(k, notes).orElseGet(() -> LogStreams.all(k));
        String by = LogStreams.identity(k);
        boolean bytes = k.q().says("\\b(bytes|volume|size|big|biggest)\\b");
        String function = bytes ? "bytes_rate" : "rate";
        int top = k.q().shape().topK().orElse(10);
        String window = PromDuration.format(k.rateWindow());
        String query = "topk(" + top + ", sum by (" + by + ") (" + function + "(" + stream + " [" + window + "])))";
        List<String> explanation = new ArrayList<>();
        explanation.add("`" + stream + "`: the streams to compare.");
        explanation.add("`" + function + "(…[" + window + "])`: " + (bytes ? "bytes" : "lines") + " per second each stream"
                + " logged over the last " + PromDuration.words(k.rateWindow()) + ".");
        explanation.add("`topk(" + top + ", sum by (" + by + ") …)`: the " + top + " biggest talkers by `" + by + "`.");
        explanation.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.LOGQL, query, intent(), explanation));
    }
}
