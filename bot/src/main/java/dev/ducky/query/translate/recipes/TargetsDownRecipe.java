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

/**
 * "Which targets are down?": {@code up == 0}; whole jobs with no target up; or a job that vanished from
 * service discovery altogether ({@code absent}).
 */
public final class TargetsDownRecipe implements Recipe {
    @Override
    public String intent() {
        return "targets-down";
    }

    @Override
    public int cue(Question q) {
        boolean targets = q.says("\\b(targets?|exporters?|scrapes?|scraping)\\b")
                && q.says("\\b(down|failing|failed|fail|missing|gone|absent|disappeared|unreachable|not up|no \\w+ up|"
                + "not being scraped|up == 0)\\b");
        boolean job = q.says("\\bjobs?\\b") && q.says("\\b(down|missing|gone|absent|disappeared|vanished|not up)\\b");
        return targets || job ? 6 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        Optional<MetricInfo> up = k.metric("up");
        if (up.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(up.get(), notes);
        String selector = Selector.of("up", filters);
        List<String> lines = new ArrayList<>();
        String query;
        if (k.q().says("\\b(missing|gone|absent|disappeared|vanished)\\b") && !filters.isEmpty()) {
            query = "absent(" + selector + ")";
            lines.add("`absent(" + selector + ")`: 1 when no such series exists at all — the job is not even being"
                    + " discovered — and nothing otherwise.");
        } else if (k.q().says("\\b(all|every|any) (of )?(its |the )?targets?|no targets? (are |is )?up|no \\w+ up\\b")) {
            query = "sum by (job) (" + selector + ") == 0";
            lines.add("`" + selector + "`: 1 for each target whose last scrape worked, 0 when it failed.");
            lines.add("`sum by (job) (…) == 0`: the jobs where not one target is up.");
        } else {
            query = selector + " == 0";
            lines.add("`" + selector + "`: 1 for each target whose last scrape worked, 0 when it failed.");
            lines.add("`== 0`: only the targets that are down right now.");
        }
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }
}
