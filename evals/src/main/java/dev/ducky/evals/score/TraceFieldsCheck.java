package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A map-valued trace field ({@code support}, {@code model}) holds at least these keys with these values;
 * values compare as text, ignoring case.
 */
public record TraceFieldsCheck(String field, Map<String, String> expected) implements Check {
    public TraceFieldsCheck {
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    @Override
    public String describe() {
        List<String> pairs = new ArrayList<>();
        expected.forEach((key, value) -> pairs.add(key + "=" + value));
        return field + " has " + String.join(", ", pairs);
    }

    @Override
    public CheckResult check(BotMessage message) {
        Map<String, Object> actual = message.section(field);
        if (actual.isEmpty()) {
            return CheckResult.fail(describe(), "no " + field + " in the trace");
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((key, value) -> {
            if (!value.equalsIgnoreCase(String.valueOf(actual.get(key)))) {
                wrong.add(key + "=" + actual.get(key));
            }
        });
        return CheckResult.of(describe(), wrong.isEmpty(), String.join(", ", wrong));
    }
}
