package dev.ducky.query.logql.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiteralTest {
    private static String text(String raw) {
        return new Literal(raw, 0).text();
    }

    @Test
    void doubleQuotedStringsResolveGoEscapes() {
        assertEquals("a\"b\\c\n\t", text("\"a\\\"b\\\\c\\n\\t\""));
        assertEquals("AAé😀", text("\"\\x41\\101\\u00e9\\U0001F600\""));
    }

    @Test
    void anEscapeGoRefusesIsKeptAsWritten() {
        assertEquals("\\d+ \\x+1 \\8", text("\"\\d+ \\x+1 \\8\""));
    }

    @Test
    void backQuotedStringsAndBareLiteralsAreTakenAsWritten() {
        assertEquals("\\d+", text("`\\d+`"));
        assertEquals("5m", text("5m"));
    }
}
