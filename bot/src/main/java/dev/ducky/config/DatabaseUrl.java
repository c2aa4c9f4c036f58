package dev.ducky.config;

import java.util.Locale;

/**
 * Makes any H2 URL behave like the PostgreSQL that production uses, so one migration set serves both,
 * lets the CLI and the server share an H2 file, and makes a file database durable on commit.
 *
 * <p>Sharing the file is H2's AUTO_SERVER: the first process to open it serves it to the others over TCP
 * ({@code ducky console} beside a running {@code ducky serve}, or a test reading the server's database). H2
 * binds that server on every interface; {@link #keepServerOnLoopback()} binds it to 127.0.0.1 instead, so
 * only processes on the same host can reach it. {@code AUTO_SERVER=FALSE} in the URL turns it off.
 */
public final class DatabaseUrl {
    /** H2 reads this system property once, when it first needs it, as the address its servers bind to. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";

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

    /** Whether opening this URL may start a TCP server for other processes. */
    public static boolean servesOtherProcesses(String url) {
        return url != null && url.startsWith("jdbc:h2:")
                && url.toUpperCase(Locale.ROOT).contains(";AUTO_SERVER=TRUE");
    }

    /**
     * Binds H2's servers to loopback unless {@code -Dh2.bindAddress} says otherwise. Must run before H2 opens
     * its first database in this JVM: H2 reads the property only once.
     */
    public static void keepServerOnLoopback() {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, LOOPBACK);
        }
    }

    private static boolean isFile(String url) {
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    private static String addIfMissing(String url, String key, String value) {
        return url.toUpperCase(Locale.ROOT).contains(";" + key + "=") ? url : url + ";" + key + "=" + value;
    }
}
