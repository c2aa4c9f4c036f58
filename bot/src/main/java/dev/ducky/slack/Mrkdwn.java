package dev.ducky.slack;

/** Slack's mrkdwn escaping: only {@code &}, {@code <} and {@code >} are special (PromQL's {@code >} included). */
final class Mrkdwn {
    private Mrkdwn() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What a human typed, from what Slack delivered (Slack escapes the same three characters). */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A link whose label is escaped; the URL is Ducky's own. */
    static String link(String url, String label) {
        return "<" + url + "|" + escape(label).replace("|", "¦") + ">";
    }
}
