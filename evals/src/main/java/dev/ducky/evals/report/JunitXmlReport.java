package dev.ducky.evals.report;

import dev.ducky.evals.run.ScenarioResult;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.TurnResult;
import dev.ducky.evals.score.CheckResult;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI: one test case per scenario. A broken rule or an error is an {@code <error>} (the run
 * fails), failed expectations a {@code <failure>}, a skipped scenario {@code <skipped>} with its reason.
 */
public final class JunitXmlReport {
    private JunitXmlReport() {
    }

    public static String render(SuiteResult suite) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "ducky-eval " + suite.target());
            xml.writeAttribute("tests", String.valueOf(suite.scenarios().size()));
            xml.writeAttribute("failures", String.valueOf(suite.count(ScenarioResult.Status.FAILED)));
            xml.writeAttribute("errors", String.valueOf(suite.count(ScenarioResult.Status.VIOLATED)
                    + suite.count(ScenarioResult.Status.ERROR)));
            xml.writeAttribute("skipped", String.valueOf(suite.count(ScenarioResult.Status.SKIPPED)));
            xml.writeAttribute("time", seconds(suite.took().toNanos()));
            for (ScenarioResult s : suite.scenarios()) {
                testCase(xml, s);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static void testCase(XMLStreamWriter xml, ScenarioResult s) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "ducky.eval");
        xml.writeAttribute("name", s.scenario().id() + ": " + s.scenario().title());
        xml.writeAttribute("file", s.scenario().file().toString());
        xml.writeAttribute("time", seconds(s.took().toNanos()));
        switch (s.status()) {
            case SKIPPED -> element(xml, "skipped", s.reason(), null);
            case VIOLATED -> element(xml, "error", "broke a rule: " + s.violations().get(0), problems(s));
            case ERROR -> element(xml, "error", s.reason(), problems(s));
            case FAILED -> element(xml, "failure", "failed expectations", problems(s));
            case PASSED -> { }
        }
        xml.writeEndElement();
    }

    private static String problems(ScenarioResult s) {
        List<String> lines = new ArrayList<>();
        for (TurnResult t : s.turns()) {
            String where = s.scenario().file().getFileName() + ":" + t.turn().line() + " " + t.turn().id();
            t.violations().forEach(v -> lines.add(where + ": " + v));
            for (CheckResult c : t.checks()) {
                if (c.failed()) {
                    lines.add(where + ": expected " + c.expectation() + " — " + c.detail());
                }
            }
        }
        return String.join("\n", lines);
    }

    private static void element(XMLStreamWriter xml, String name, String message, String body)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("message", message);
        if (body != null && !body.isEmpty()) {
            xml.writeCharacters(body);
        }
        xml.writeEndElement();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
