package dev.ducky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.Ducky;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code ducky parse} on a query past the limits: one clear verdict, the usual exit status, no stack trace. */
class ParseCommandLimitsTest {
    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aTwentyThousandTermExpressionGetsAClearErrorAndExitsOne() {
        String input = "up" + "+up".repeat(19_999) + "\nup\n";
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new Ducky()).execute("parse", "--lang", "promql");
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals(1, exit);
        assertEquals(List.of("error at column 192: expression nested deeper than 64 levels",
                "ok  metrics=up  functions="), out.toString(StandardCharsets.UTF_8).lines().toList());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.isEmpty(), errors);
    }
}
