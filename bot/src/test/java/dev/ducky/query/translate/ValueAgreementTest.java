package dev.ducky.query.translate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.promql.synthetic.PrometheusServer.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueAgreementTest {
    @Test
    void sameValuesIgnoresLabelsAndOrderButNotCount() {
        List<Sample> reference = List.of(sample("a", 1.0), sample("b", 2.0));
        assertTrue(ValueAgreement.sameValues(reference, List.of(sample("y", 2.0000000001), sample("x", 1.0))));
        assertFalse(ValueAgreement.sameValues(reference, List.of(sample("a", 1.0))));
        assertFalse(ValueAgreement.sameValues(reference, List.of(sample("a", 1.0), sample("b", 2.1))));
        assertFalse(ValueAgreement.sameValues(List.of(), List.of()));
    }

    @Test
    void nanEqualsNanOnly() {
        assertTrue(ValueAgreement.close(Double.NaN, Double.NaN));
        assertFalse(ValueAgreement.close(Double.NaN, 0));
        assertTrue(ValueAgreement.close(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertTrue(ValueAgreement.close(0, 0));
    }

    @Test
    void sameSeriesNeedsEqualLabelSets() {
        List<Sample> reference = List.of(sample("a", 1.0), sample("b", 2.0));
        assertTrue(ValueAgreement.sameSeries(reference, List.of(sample("b", 2.0), sample("a", 1.0))));
        assertFalse(ValueAgreement.sameSeries(reference, List.of(sample("a", 2.0), sample("b", 1.0))));
    }

    private static Sample sample(String instance, double value) {
        return new Sample(Map.of("instance", instance), value);
    }
}
