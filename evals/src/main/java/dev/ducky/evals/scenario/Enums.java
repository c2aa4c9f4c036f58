package dev.ducky.evals.scenario;

import java.util.Arrays;
import java.util.Locale;

/** Reads an enum constant written in lower case, with a message listing the choices when it is wrong. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E of(Class<E> type, YamlNode node, String what) {
        String value = node.text(what);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.error(what + " must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ", not '" + value + "'");
        }
    }
}
