package dev.ducky.conversation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A form a developer fills in (a modal in Slack; line by line in the console).
 *
 * @param reference what the form is about, handed back with the answers ({@code question:seq})
 */
public record Form(String reference, String title, List<Field> fields) {
    /** The answer field names. */
    public static final String ANSWER = "answer";
    public static final String PARTNER = "partner";
    public static final String NEXT_UPDATE = "next_update";

    /** One field; {@code initial} is what it is filled with when the form opens. */
    public record Field(String name, String label, String initial, boolean multiline, boolean optional, String hint) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            initial = initial == null ? "" : initial;
            hint = hint == null ? "" : hint;
        }
    }

    /** The filled-in form. */
    public record Filled(String reference, Map<String, String> values) {
        public Filled {
            Objects.requireNonNull(reference, "reference");
            values = Map.copyOf(values);
        }

        public String value(String field) {
            return values.getOrDefault(field, "").strip();
        }
    }

    public Form {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }
}
