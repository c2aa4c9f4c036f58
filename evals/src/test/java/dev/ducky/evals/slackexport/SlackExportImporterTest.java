package dev.ducky.evals.slackexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.evals.replay.Speaker;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioLoader;
import dev.ducky.evals.scenario.ScenarioTurn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A small export written in Slack's format (src/test/resources/slack-export) becomes a scenario skeleton. */
class SlackExportImporterTest {
    private static Path export() throws Exception {
        return Path.of(SlackExportImporterTest.class.getResource("/slack-export").toURI());
    }

    @Test
    void theChannelBecomesASkeletonThatLoadsAsAScenario() throws Exception {
        SlackExportImporter.Skeleton skeleton = SlackExportImporter.importChannel(new SlackExport(export()),
                "#inc-checkout-504", text -> text.replace("300ms", "[number]"));
        assertEquals(7, skeleton.turns());
        assertEquals(1, skeleton.duckyMessages());
        assertEquals(2, skeleton.skipped(), "a join and a topic change are not conversation");

        Scenario scenario = ScenarioLoader.load(Files.writeString(Files.createTempDirectory("import")
                .resolve("inc.yaml"), skeleton.yaml()));
        List<ScenarioTurn> turns = scenario.turns();
        assertEquals(Speaker.ALERTING, turns.get(0).as());
        assertTrue(turns.get(0).text().startsWith("[FIRING:1] KubePodCrashLooping (shop/checkout critical)\n"));
        assertFalse(turns.get(0).inThread(), "the alert is a top-level message");
        assertTrue(turns.get(1).mention() && turns.get(1).inThread(), "the mention starts the incident's thread");
        assertEquals("checkout pods are crash looping since the 17:02 deploy", turns.get(1).text());
        assertEquals("logs say <pool timed out> right after the deploy that cut the orders-db timeout to [number], see "
                + "the dashboard (https://grafana.quackmart.example/d/checkout)", turns.get(2).text());
        assertEquals("@alice rollback is failing, the pipeline says permission denied", turns.get(3).text());
        assertEquals("customers are asking in #support-escalations, what do we tell them? @here", turns.get(4).text());
        assertFalse(turns.get(4).inThread());
        assertFalse(turns.get(5).inThread(), "a reply in another thread");
        assertTrue(skeleton.yaml().contains("# 17:02 UTC Ducky said: \"The runbook has a section on this"),
                skeleton.yaml());
        assertTrue(skeleton.yaml().contains("# 17:10 UTC Bob Ndiaye"), "authors by the name people saw");
        assertTrue(scenario.source().contains("2025-09-29 to 2025-09-30"), scenario.source());
    }

    @Test
    void aMissingChannelOrANonExportIsExplained() throws Exception {
        SlackExportException missing = assertThrows(SlackExportException.class,
                () -> new SlackExport(export()).messages("inc-nothing"));
        assertEquals("the export has no channel 'inc-nothing'; it has: general, inc-checkout-504", missing.getMessage());
        Path empty = Files.createTempDirectory("not-an-export");
        assertTrue(assertThrows(SlackExportException.class, () -> new SlackExport(empty)).getMessage()
                .endsWith("is not a Slack export: it has no users.json"));
    }
}
