package dev.ducky.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.persistence.Sql;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** {@code ducky serve} in-process over HTTP against a Slack stand-in, with its state in a folder of its own. */
public final class ServedDucky implements AutoCloseable {
    private final Path home;
    private final SlackStandIn slack = new SlackStandIn();
    private EmbeddedServer server;

    public ServedDucky(String name) throws Exception {
        home = Files.createTempDirectory(name);
        server = DuckyServer.start(DuckyServer.properties(home, slack));
    }

    public SlackStandIn slack() {
        return slack;
    }

    public SignedSlack signed() {
        return new SignedSlack(server.getURL().toString(), SlackSigner.SECRET);
    }

    public Sql sql() {
        return server.getApplicationContext().getBean(Sql.class);
    }

    /** Stops the server and starts a new one on the same database and index. */
    public void restart() {
        server.getApplicationContext().close();
        server = DuckyServer.start(DuckyServer.properties(home, slack));
    }

    /** A signed {@code /ducky text} in the channel, as the form Slack posts. */
    public static String slash(String channel, String text, String trigger) {
        return "token=x&team_id=T0001&channel_id=" + channel + "&user_id=U0HUMAN&command=%2Fducky&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&trigger_id=" + trigger
                + "&response_url=https%3A%2F%2Fhooks.invalid%2Fx";
    }

    /** Waits until {@code done} holds, or fails saying {@code what} after {@code timeout}. */
    public static void await(BooleanSupplier done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
        slack.close();
    }
}
