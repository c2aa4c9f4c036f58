package dev.ducky.query.promql.conformance;

import dev.ducky.support.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.SharedCorpora;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our PromQL parser must agree with Prometheus's own ({@code promtool check rules}) on every rule expression
 * of the shared corpora and on mutants of them: the same verdict, and when both reject, the same message
 * at the same position.
 */
class PromqlConformanceIT {
    @TempDir
    Path work;

    @Test
    void agreesWithPromtoolOnTheCorpusAndItsMutants() {
        Path corpora = SharedCorpora.require();
        Promtool promtool = Promtool.find().orElse(null);
        if (promtool == null) {
            Prerequisite.skipOrFail("promtool is not on the PATH (Debian: apt-get install prometheus)");
            return;
        }
        if (!promtool.version().contains("version 2.42.")) {
            Prerequisite.skipOrFail("the conformance check needs promtool 2.42, not: " + promtool.version());
        }
        List<RuleCorpus.RuleExpr> rules = RuleCorpus.read(corpora);
        List<String> corpus = RuleCorpus.distinct(rules);
        assertTrue(corpus.size() > 3000, "expected thousands of rule expressions, found " + corpus.size());

        Conformance.Report report = Conformance.run(Conformance.cases(corpus), rules.size(), promtool, work);

        report.tallies().forEach((category, t) -> System.out.printf(
                "promql conformance %-28s cases %6d  invalid %6d  verdicts agree %6d"
                        + "  messages+positions agree %6d/%d%n",
                category, t.cases, t.invalidPerPromtool, t.verdictAgreements, t.detailAgreements, t.bothInvalid));
        System.out.printf("promtool %d ms, ours %d ms%n", report.promtoolMillis(), report.oursMillis());
        String shown = report.disagreements().stream().limit(40).map(Object::toString)
                .collect(Collectors.joining("\n"));
        Conformance.Tally total = report.total();
        Map<String, Conformance.Tally> tallies = report.tallies();
        assertEquals(0, tallies.get(Conformance.CORPUS).invalidPerPromtool, "every corpus rule is valid for promtool");
        assertEquals(total.cases, total.verdictAgreements, "verdicts differ from promtool's:\n" + shown);
        assertEquals(total.bothInvalid, total.detailAgreements,
                "messages or positions differ from promtool's:\n" + shown);
    }
}
