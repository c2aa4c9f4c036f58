package dev.ducky.evals.replay;

import java.util.Objects;

/**
 * A button on one of Ducky's messages.
 *
 * @param action the action id Slack sends back when it is pressed
 * @param label  what the human reads on it
 * @param value  what it acts on
 */
public record BotButton(String action, String label, String value) {
    public BotButton {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
    }

    /** Whether a scenario's {@code click:} names this button, by label or by action id. */
    public boolean isNamed(String name) {
        return label.equalsIgnoreCase(name.strip()) || action.equals(name.strip());
    }
}
