package dev.ducky.evals.slackexport;

/** The export directory is not a Slack workspace export, or lacks the channel asked for. */
public class SlackExportException extends RuntimeException {
    public SlackExportException(String message) {
        super(message);
    }

    public SlackExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
