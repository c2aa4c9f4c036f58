package dev.ducky.conversation;

import java.util.Locale;

/** The kind of channel a message was said in. */
public enum ChannelKind {
    INCIDENT, SUPPORT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
