package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Grouping;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "What's the error rate of checkout?": failing requests as a share of all requests, from a request counter
 * with a status label; or, without one, a failure counter over its sibling total ({@code _failed_total} over
 * {@code _received_total}).
 */
public final class ErrorRatioRecipe implements Recipe {
    static final String GRPC_SERVER_ERRORS = "Unknown|DeadlineExceeded|ResourceExhausted|Internal|Unavailable|DataLoss";

    @Override
    public String intent() {
        return "error-ratio";
    }

    @Override
    public int cue(Question q) {
        boolean share = q.says("\\b(error|failure|success|fail) (rate|ratio|percentage|share)|\\b(share|fraction|ratio|"
                + "percentage|percent|proportion|%)\\b|\\bavailability\\b");
        boolean failing = q.says("\\b(errors?|fail\\w*|5xx|4xx|[45]\\d\\ds?|unsuccessful|broken requests?)\\b");
        return share && failing ? 6 : q.says("\\b(error|failure) rate\\b") ? 6 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        Optional<MetricInfo> counter = Recipes.requestCounter(k);
        Optional<Attempt> pair = FailureShare.write(k, intent());
        double counterScore = counter.map(c -> k.index().score(c, k.q().terms())).orElse(-1.0);
        if (counter.isPresent() && (pair.isEmpty() || counterScore >= FailureShare.score(k))) {
            return Optional.of(statusShare(k, counter.get()));
        }
        return pair;
    }

    private Attempt statusShare(Kitchen k, MetricInfo counter) {
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(counter, notes);
        String status = Recipes.statusLabel(counter);
        Selector.Match failing = failing(k.q(), status);
        List<Selector.Match> failingFilters = new ArrayList<>(filters);
        failingFilters.add(failing);
        List<String> by = Grouping.labels(k.q(), counter);
        String numerator = Recipes.sum(by, Recipes.rate(Selector.of(counter.name(), failingFilters), k.rateWindow()));
        String denominator = Recipes.sum(by, Recipes.rate(Selector.of(counter.name(), filters), k.rateWindow()));
        List<String> lines = new ArrayList<>();
        lines.add("`" + Selector.of(counter.name(), failingFilters) + "`: the requests that failed ("
                + failing + "); below the line, all of them" + Recipes.describeFilters(filters) + ".");
        lines.add(Recipes.explainRate(k.rateWindow()));
        lines.add(by.isEmpty() ? "`sum(…) / sum(…)`: the failing share of all requests, 0 to 1 (0.05 is 5%)."
                : "`sum by (" + String.join(", ", by) + ")`: one failing share per " + String.join(" and ", by) + ".");
        String query = Recipes.percent(k.q(), Recipes.ratio(numerator, denominator), lines);
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }

    static Selector.Match failing(Question q, String statusLabel) {
        if (statusLabel.equals("grpc_code")) {
            return Selector.Match.re(statusLabel, GRPC_SERVER_ERRORS);
        }
        String status = q.status().orElse(q.says("\\bclient errors?\\b") ? "4.." : "5..");
        return status.contains(".") ? Selector.Match.re(statusLabel, status) : Selector.Match.eq(statusLabel, status);
    }
}
