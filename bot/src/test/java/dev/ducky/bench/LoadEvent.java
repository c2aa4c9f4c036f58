package dev.ducky.bench;

/**
 * One delivery of the ack load: the key Ducky's inbox stores it under (the event_id, or a command's
 * trigger_id), the channel and the body Slack would POST. Every kind deserves a reply: a mention, an answer
 * in a thread where Ducky asked, a command.
 *
 * @param form a slash command (form-encoded) rather than an Events API callback (JSON)
 */
record LoadEvent(String key, Kind kind, String channel, String body, boolean form) {
    enum Kind {
        SYMPTOM_MENTION, HELP_MENTION, THREAD_ANSWER, STATUS_COMMAND
    }

    /** Slack retries Events API deliveries it saw no ack for; a slash command is never retried. */
    boolean retriable() {
        return !form;
    }
}
