package dev.ducky.evals.report;

import dev.ducky.evals.run.SuiteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes every report of a run into one directory. */
public final class Reports {
    public static final String MARKDOWN = "summary.md";
    public static final String HTML = "report.html";
    public static final String JUNIT = "junit.xml";

    private Reports() {
    }

    /** Writes summary.md, report.html and junit.xml; returns their paths. */
    public static List<Path> writeAll(SuiteResult suite, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path md = Files.writeString(dir.resolve(MARKDOWN), MarkdownReport.render(suite), StandardCharsets.UTF_8);
        Path html = Files.writeString(dir.resolve(HTML), HtmlReport.render(suite), StandardCharsets.UTF_8);
        Path junit = Files.writeString(dir.resolve(JUNIT), JunitXmlReport.render(suite), StandardCharsets.UTF_8);
        return List.of(md, html, junit);
    }
}
