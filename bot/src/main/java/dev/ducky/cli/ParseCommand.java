package dev.ducky.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.analysis.QueryParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducky parse --lang promql|logql [--json]}: one verdict per stdin line, streaming. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Check queries, one per stdin line; prints one verdict per line. Exit 1 if any is invalid.")
public class ParseCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "promql or logql")
    String lang;

    @Option(names = "--json", description = "Print {\"valid\",\"error\",\"position\",\"metrics\",\"functions\"} per line.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        QueryLanguage language;
        try {
            language = QueryLanguage.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --lang must be promql or logql, not '" + lang + "'");
            return 2;
        }
        QueryParser parser = language.parser();
        ObjectMapper mapper = new ObjectMapper();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        boolean allValid = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            ParseResult result = line.isBlank() ? ParseResult.error("empty query", 1) : parser.check(line);
            allValid &= result.valid();
            out.println(json ? mapper.writeValueAsString(asJson(result)) : plain(result));
            if (!in.ready()) {
                out.flush(); // interactive or slow producers see each verdict at once; bulk input is batched
            }
        }
        out.flush();
        return allValid ? 0 : 1;
    }

    private static String plain(ParseResult result) {
        return result.valid()
                ? "ok  metrics=" + String.join(",", result.metrics()) + "  functions=" + String.join(",", result.functions())
                : "error at column " + result.position() + ": " + result.error();
    }

    private static Map<String, Object> asJson(ParseResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", result.valid());
        out.put("error", result.error());
        out.put("position", result.position());
        out.put("metrics", result.metrics());
        out.put("functions", result.functions());
        return out;
    }
}
