package dev.ducky.conversation;

/**
 * Shows the human that Ducky is working while a model call is under way (in Slack, the thread's "is
 * thinking…" status). The reply that follows clears it.
 */
public interface ThinkingStatus {
    void show(Turn turn);
}
