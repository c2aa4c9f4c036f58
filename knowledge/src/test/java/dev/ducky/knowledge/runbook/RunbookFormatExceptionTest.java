package dev.ducky.knowledge.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken runbooks are refused with the file line of the problem and a reason their author can act on. */
class RunbookFormatExceptionTest {

    @ParameterizedTest(name = "{0} -> line {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-indentation.md    | 5 | front matter is not valid YAML: expected <block end>, but found '<block sequence start>' (while parsing a block mapping that starts on line 2)
            unclosed-bracket.md   | 4 | front matter is not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence that starts on line 3)
            unterminated.md       | 1 | front matter opened with --- is never closed by a --- line
            not-a-mapping.md      | 2 | front matter must be a mapping of keys (title, services, alerts, owners), not a list
            title-not-string.md   | 4 | front matter 'title' must be a non-empty string, not a mapping
            alerts-not-strings.md | 5 | front matter 'alerts' must be a string or a list of strings, but has int (404)
            duplicate-key.md      | 4 | front matter has the key 'alerts' twice
            empty.md              | 0 | the file is empty
            blank.md              | 0 | the file is empty
            headings-only.md      | 0 | the runbook has no text, only front matter and headings
            latin1.md             | 0 | not UTF-8 text; save the runbook as UTF-8
            """)
    void refusesWithLineAndReason(String file, int line, String reason) {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> Fixtures.parse("broken/" + file));

        assertEquals("broken/" + file, e.path());
        assertEquals(line, e.line());
        assertEquals(reason, e.reason());
    }
}
