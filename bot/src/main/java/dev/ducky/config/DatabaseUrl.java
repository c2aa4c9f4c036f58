package dev.ducky.config;

import java.util.Locale;

/**
 * Makes any H2 URL behave like the PostgreSQL that production uses, so one migration set serves both,
 * and lets the CLI and the server share an H2 file.
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
