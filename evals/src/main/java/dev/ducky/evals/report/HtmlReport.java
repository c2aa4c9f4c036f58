package dev.ducky.evals.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.run.ScenarioResult;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.TurnResult;
import dev.ducky.evals.score.Outcome;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: the figures, two inline SVG charts, and per scenario the timeline of turns
 * with Ducky's messages, their traces and each expectation's outcome. No script, no fonts, no network.
 */
public final class HtmlReport {
    private static final PebbleEngine ENGINE = new PebbleEngine.Builder().loader(new ClasspathLoader())
            .autoEscaping(true).strictVariables(true).newLineTrimming(false).build();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HtmlReport() {
    }

    public static String render(SuiteResult suite) {
        Map<String, Object> model = new HashMap<>();
        model.put("suite", suite);
        model.put("generated", Instant.now().toString());
        model.put("summary", MarkdownReport.headline(suite));
        model.put("movesChart", Charts.movesByStage(suite));
        model.put("latencyChart", Charts.latency(suite));
        model.put("scenarios", suite.scenarios().stream().map(HtmlReport::scenario).toList());
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate("dev/ducky/evals/report/report.peb").evaluate(out, model, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the HTML report", e);
        }
        return out.toString();
    }

    private static Map<String, Object> scenario(ScenarioResult s) {
        return Map.of("result", s, "status", s.status().name().toLowerCase(Locale.ROOT),
                "turns", s.turns().stream().map(HtmlReport::turn).toList());
    }

    private static Map<String, Object> turn(TurnResult t) {
        return Map.of("result", t, "millis", String.format(Locale.ROOT, "%.1f", t.latency().toNanos() / 1e6),
                "messages", t.messages().stream().map(HtmlReport::message).toList(),
                "checks", t.checks().stream().map(c -> Map.of("check", c, "mark", mark(c.outcome()),
                        "css", c.outcome().name().toLowerCase(Locale.ROOT))).toList());
    }

    private static Map<String, Object> message(BotMessage m) {
        return Map.of("message", m, "trace", json(m.trace()), "line", "move=" + m.move() + " stage=" + m.stage()
                + " cited=" + (m.cited().isEmpty() ? "–" : String.join(", ", m.cited()))
                + " retrieved=" + m.retrieved().size()
                + (m.buttons().isEmpty() ? "" : " buttons=" + String.join(", ", m.buttons().stream()
                        .map(b -> b.label()).toList())));
    }

    private static String mark(Outcome outcome) {
        return switch (outcome) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case NOT_JUDGED -> "–";
        };
    }

    private static String json(Map<String, Object> trace) {
        try {
            return JSON.writeValueAsString(trace);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trace that Jackson cannot write", e);
        }
    }
}
