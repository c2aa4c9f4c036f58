package dev.ducky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.Ducky;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ducky parse --lang logql --json}: one verdict per stdin line, in the shape DESIGN.md fixes. */
class ParseCommandLogqlTest {
    @Test
    void printsOneJsonVerdictPerLineAndExitsOneWhenAnyIsInvalid() throws Exception {
        String input = "sum(rate({app=\"a\"} |= \"x\" [5m]))\n{app=~\".*\"}\n";
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new Ducky()).execute("parse", "--lang", "logql", "--json");
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode valid = json.readTree(lines.get(0));
        assertEquals(true, valid.get("valid").asBoolean());
        assertEquals("{app=\"a\"}", valid.get("metrics").get(0).asText());
        assertEquals(List.of("sum", "rate"), List.of(valid.get("functions").get(0).asText(), valid.get("functions").get(1).asText()));
        JsonNode invalid = json.readTree(lines.get(1));
        assertEquals(false, invalid.get("valid").asBoolean());
        assertEquals(1, invalid.get("position").asInt());
        assertEquals(1, exit);
    }
}
