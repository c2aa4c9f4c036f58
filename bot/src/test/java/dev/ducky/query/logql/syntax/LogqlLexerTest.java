package dev.ducky.query.logql.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlLexerTest {
    private static List<String> kinds(String query) {
        return LogqlLexer.tokenize(query).stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void aUnitMakesADurationOrAByteSizeAndTheLongestMatchWins() {
        assertEquals(List.of("DURATION:5m", "END:"), kinds("5m"));
        assertEquals(List.of("DURATION:5ms", "END:"), kinds("5ms"));
        assertEquals(List.of("DURATION:1h30m", "END:"), kinds("1h30m"));
        assertEquals(List.of("DURATION:1.5h", "END:"), kinds("1.5h"));
        assertEquals(List.of("DURATION:-30s", "END:"), kinds("-30s"));
        assertEquals(List.of("BYTES:10MB", "END:"), kinds("10MB"));
        assertEquals(List.of("BYTES:1.5KiB", "END:"), kinds("1.5KiB"));
        assertEquals(List.of("NUMBER:5", "IDENTIFIER:kb", "END:"), kinds("5kb"), "kb is no unit: a number, then a name");
        assertEquals(List.of("DURATION:5m", "IDENTIFIER:b", "END:"), kinds("5mb"));
        assertEquals(List.of("NUMBER:1.5", "IDENTIFIER:d", "END:"), kinds("1.5d"), "days take whole numbers");
        assertEquals(List.of("DURATION:5m", "DURATION:1h", "END:"), kinds("5m1h"), "units only in descending order");
    }

    @Test
    void numbersInEveryForm() {
        assertEquals(List.of("NUMBER:1e3", "NUMBER:0x1F", "NUMBER:.5", "NUMBER:5.", "END:"), kinds("1e3 0x1F .5 5."));
        assertEquals(List.of("SUB:-", "NUMBER:5", "END:"), kinds("-5"));
    }

    @Test
    void operatorsTakeTheLongestSpelling() {
        assertEquals(List.of("PIPE_EXACT:|=", "PIPE_MATCH:|~", "PIPE_PATTERN:|>", "NOT_PATTERN:!>", "NEQ:!=", "NRE:!~",
                "RE:=~", "EQL:==", "GTE:>=", "LTE:<=", "PIPE:|", "PARSER_FLAG:--strict", "PARSER_FLAG:--keep-empty",
                "END:"), kinds("|= |~ |> !> != !~ =~ == >= <= | --strict --keep-empty"));
    }

    @Test
    void stringsEscapeQuotesAndCommentsAreSkipped() {
        assertEquals(List.of("STRING:\"a\\\"b\"", "STRING:`c\"d`", "END:"), kinds("\"a\\\"b\" # note \n `c\"d`"));
        assertEquals(List.of("IDENTIFIER:a:b_1", "END:"), kinds("a:b_1"));
    }

    @Test
    void whitespaceIsTheGrammarsNotJavas() {
        assertEquals(List.of("NUMBER:1", "NUMBER:2", "NUMBER:3", "END:"), kinds("1\u00852\u3000\u000B3"));
        assertThrows(LogqlSyntaxException.class, () -> LogqlLexer.tokenize("1\uFEFF2"), "no byte-order mark");
        assertThrows(LogqlSyntaxException.class, () -> LogqlLexer.tokenize("1\u001C2"), "no file separator");
    }

    @Test
    void anUnclosedStringOrAStrayCharacterIsAnErrorAtItsStart() {
        assertEquals(3, assertThrows(LogqlSyntaxException.class, () -> LogqlLexer.tokenize("{a=\"b}\n\"")).offset());
        assertEquals(3, assertThrows(LogqlSyntaxException.class, () -> LogqlLexer.tokenize("{a='b'}")).offset());
        assertEquals(0, assertThrows(LogqlSyntaxException.class, () -> LogqlLexer.tokenize("`open")).offset());
    }
}
