package dev.ducky.knowledge.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.knowledge.runbook.RunbookFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRuleParserTest {
    private final AlertRuleParser parser = new AlertRuleParser();

    @Test
    void plainGroupsGiveAlertsWithExprAnnotationsAndLinesButNotRecordingRules() throws Exception {
        List<AlertRule> rules = parser.parse("rules/kubernetes.yml", fixture("plain-groups.yml"));

        assertEquals(List.of("KubePodCrashLooping", "KubeJobFailed"), rules.stream().map(AlertRule::name).toList());
        AlertRule crash = rules.get(0);
        assertTrue(crash.expr().startsWith("max_over_time(kube_pod_container_status_waiting_reason"), crash.expr());
        assertEquals("warning", crash.severity());
        assertEquals("Pod is crash looping.", crash.summary());
        assertTrue(crash.description().contains("{{ $labels.pod }}"), crash.description());
        assertEquals("kubernetes-apps", crash.group());
        assertEquals("rules/kubernetes.yml", crash.path());
        assertEquals(6, crash.line());
        assertEquals("kubepodcrashlooping", crash.runbookFileName());
        assertEquals("Job failed to complete.", rules.get(1).description()); // the older 'message' annotation
        assertEquals("", rules.get(1).runbookUrl());
    }

    @Test
    void prometheusRuleResourcesAmongOtherDocumentsAreRead() throws Exception {
        List<AlertRule> rules = parser.parse("checkout.yaml", fixture("prometheus-rule.yaml"));

        assertEquals(1, rules.size());
        assertEquals("CheckoutErrorsHigh", rules.get(0).name());
        assertEquals("critical", rules.get(0).severity());
        assertEquals("checkout.md", rules.get(0).runbookFileName());
        assertEquals("mitigation", rules.get(0).runbookAnchor());
    }

    @Test
    void otherYamlHasNoRulesAndBrokenYamlSaysWhere() throws Exception {
        assertEquals(List.of(), parser.parse("values.yml", fixture("values.yml")));
        RunbookFormatException error = assertThrows(RunbookFormatException.class,
                () -> parser.parse("broken.yml", fixture("broken.yml")));
        assertEquals("broken.yml", error.path());
        assertTrue(error.line() >= 5, "line " + error.line());
        assertTrue(error.reason().startsWith("not valid YAML"), error.reason());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = AlertRuleParserTest.class.getResourceAsStream("/alerts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
