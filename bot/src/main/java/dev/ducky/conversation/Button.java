package dev.ducky.conversation;

import java.util.Objects;

/**
 * A button on a Ducky message. Only buttons that keep the human in the loop exist: there is no "run",
 * "continue" or "next hint".
 *
 * @param action what pressing it does
 * @param value  what it acts on (the text to note, the owner to ping)
 */
public record Button(Action action, String value) {
    /** What a button does; the id is what Slack sends back. */
    public enum Action {
        ADD_TO_NOTES("ducky_add_to_notes", "Add to notes"),
        PING_OWNER("ducky_ping_owner", "Ping owner"),
        // Support: developers check an answer before it reaches support.
        SUPPORT_CONFIRM("ducky_support_confirm", "Confirm"),
        SUPPORT_EDIT("ducky_support_edit", "Edit"),
        SUPPORT_REJECT("ducky_support_reject", "Reject");

        private final String id;
        private final String label;

        Action(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** Whether the support flow answers this button. */
        public boolean support() {
            return this == SUPPORT_CONFIRM || this == SUPPORT_EDIT || this == SUPPORT_REJECT;
        }

        public static Action ofId(String id) {
            for (Action action : values()) {
                if (action.id.equals(id)) {
                    return action;
                }
            }
            throw new IllegalArgumentException("unknown button " + id);
        }
    }

    public Button {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(value, "value");
    }
}
