package dev.ducky.slack;

/** A Slack Web API call failed for good: an error answer, or still 429/5xx after every retry. */
public final class SlackCallFailed extends RuntimeException {
    public SlackCallFailed(String method, String reason, Throwable cause) {
        super("Slack " + method + " failed: " + reason, cause);
    }
}
