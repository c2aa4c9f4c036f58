package dev.ducky.query.translate;

import dev.ducky.query.promql.synthetic.PrometheusServer;
import dev.ducky.query.promql.synthetic.PrometheusServer.Result;
import dev.ducky.query.promql.synthetic.PrometheusServer.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether shown translations return what the alert's own expression returns, both evaluated by Prometheus at
 * one time: the reference without its threshold (as Ducky shows alert expressions), the translation as shown.
 * "Same values": both non-empty and the same multiset of values (relative tolerance 1e-6, NaN equal to NaN),
 * labels aside, since an aggregation may keep other labels; "same series": the label sets are equal too. Both
 * empty is never a match, only counted; a Prometheus error is never a match, and is listed.
 *
 * @param cases          questions in the set
 * @param referenceEmpty questions whose reference returns nothing on the data
 * @param errors         one line per expression Prometheus could not evaluate
 */
public record ValueAgreement(int cases, int sameValues, int sameSeries, int bothEmpty, int referenceEmpty,
                             List<String> errors) {
    private static final double TOLERANCE = 1e-6;

    public static ValueAgreement of(TranslationScore score, PrometheusServer prometheus, Instant at) {
        int sameValues = 0;
        int sameSeries = 0;
        int bothEmpty = 0;
        int referenceEmpty = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < score.cases().size(); i++) {
            AlertQuestions.Case c = score.cases().get(i);
            Result reference = prometheus.query(Offsets.withoutThreshold(c.reference()), at);
            if (reference.failed()) {
                errors.add(c.alert() + " (reference): " + reference.error());
            } else if (reference.samples().isEmpty()) {
                referenceEmpty++;
            }
            Translation t = score.translations().get(i);
            if (!t.shown()) {
                continue;
            }
            Result translated = prometheus.query(t.query(), at);
            if (translated.failed()) {
                errors.add(c.alert() + " (translation `" + t.query() + "`): " + translated.error());
            }
            if (reference.failed() || translated.failed()) {
                continue;
            }
            if (reference.samples().isEmpty() && translated.samples().isEmpty()) {
                bothEmpty++;
            } else if (sameValues(reference.samples(), translated.samples())) {
                sameValues++;
                sameSeries += sameSeries(reference.samples(), translated.samples()) ? 1 : 0;
            }
        }
        return new ValueAgreement(score.cases().size(), sameValues, sameSeries, bothEmpty, referenceEmpty, errors);
    }

    static boolean sameValues(List<Sample> a, List<Sample> b) {
        if (a.isEmpty() || a.size() != b.size()) {
            return false;
        }
        List<Double> x = a.stream().map(Sample::value).sorted(Comparator.naturalOrder()).toList();
        List<Double> y = b.stream().map(Sample::value).sorted(Comparator.naturalOrder()).toList();
        for (int i = 0; i < x.size(); i++) {
            if (!close(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameSeries(List<Sample> a, List<Sample> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<Map<String, String>, Double> byLabels = new java.util.HashMap<>();
        a.forEach(s -> byLabels.put(s.labels(), s.value()));
        return b.stream().allMatch(s -> byLabels.containsKey(s.labels()) && close(byLabels.get(s.labels()), s.value()));
    }

    static boolean close(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    public double sameValuesShare() {
        return (double) sameValues / cases;
    }

    public double sameSeriesShare() {
        return (double) sameSeries / cases;
    }
}
