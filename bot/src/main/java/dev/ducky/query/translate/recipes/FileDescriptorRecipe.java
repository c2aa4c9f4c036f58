package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Is it running out of file descriptors?": open over maximum, per process, or for the whole host. */
public final class FileDescriptorRecipe implements Recipe {
    @Override
    public String intent() {
        return "fd-saturation";
    }

    @Override
    public int cue(Question q) {
        return q.says("\\b(file descriptors?|fds?|open files|too many open files|ulimit)\\b") ? 6 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        boolean host = Scope.of(k) == Scope.HOST;
        String open = host ? "node_filefd_allocated" : "process_open_fds";
        String max = host ? "node_filefd_maximum" : "process_max_fds";
        Optional<MetricInfo> openMetric = k.metric(open);
        if (openMetric.isEmpty() || k.metric(max).isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(openMetric.get(), notes);
        String query = Selector.of(open, filters) + " / " + Selector.of(max, filters);
        List<String> lines = new ArrayList<>();
        lines.add("`" + open + " / " + max + "`: the share of the file descriptor limit in use "
                + (host ? "on each host" : "by each process") + "; at 1, opening files and sockets fails.");
        query = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }
}
