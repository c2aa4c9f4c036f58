package dev.ducky.config;

import java.util.Locale;

/**
 * Makes any H2 URL behave like the PostgreSQL that production uses, so one migration set serves both,
 * lets the CLI and the server share an H2 file, and makes a file database durable on commit.
 */
public final class DatabaseUrl {
    private DatabaseUrl() {
    }

    public static String normalize(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return url;
        }
        String result = url;
        result = addIfMissing(result, "MODE", "PostgreSQL");
        result = addIfMissing(result, "DATABASE_TO_LOWER", "TRUE");
        if (isFile(url)) {
            result = addIfMissing(result, "AUTO_SERVER", "TRUE");
            // H2 otherwise writes a commit up to 500 ms later: a kill in that window would lose an acked
            // message or a 'sending' record, and the message would go unanswered or be posted twice.
            result = addIfMissing(result, "WRITE_DELAY", "0");
        }
        return result;
    }

    private static boolean isFile(String url) {
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    private static String addIfMissing(String url, String key, String value) {
        return url.toUpperCase(Locale.ROOT).contains(";" + key + "=") ? url : url + ";" + key + "=" + value;
    }
}
