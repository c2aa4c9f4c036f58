package dev.ducky.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.Fixtures;
import dev.ducky.support.ServeProcess;
import dev.ducky.support.SlackStandIn;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code ducky serve} on an H2 file: the server H2 starts so other processes can share the file
 * (AUTO_SERVER) accepts connections on 127.0.0.1 and refuses them on the host's other addresses.
 */
class EmbeddedDatabaseServerIT {
    @Test
    void theServerSharingTheH2FileListensOnLoopbackOnly(@TempDir Path home) throws Exception {
        try (SlackStandIn slack = new SlackStandIn();
             ServeProcess ducky = ServeProcess.start(ServeProcess.fromClasspath(), home, slack,
                     Fixtures.folder("runbooks"), home.resolve("serve.log"))) {
            ducky.awaitHealthy(Duration.ofSeconds(120));
            int port = serverPort(home.resolve("db.lock.db"));

            assertTrue(accepts(InetAddress.getByName("127.0.0.1"), port), "reachable on loopback, port " + port);
            for (InetAddress address : otherAddressesOfThisHost()) {
                assertFalse(accepts(address, port), "reachable on " + address.getHostAddress() + ":" + port);
            }
            // Still shared: this JVM opens the file through that server while serve holds it.
            try (var db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
                 var rows = db.createStatement().executeQuery("select count(*) from inbox")) {
                assertTrue(rows.next());
            }
        }
    }

    /** The port H2 wrote into the lock file ({@code server=host:port}) for other processes to connect to. */
    private static int serverPort(Path lockFile) throws IOException {
        Properties lock = new Properties();
        try (Reader in = Files.newBufferedReader(lockFile)) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertTrue(server != null, "no server in " + lock);
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** Addresses other hosts could reach this one on (none on a machine with loopback only). */
    private static List<InetAddress> otherAddressesOfThisHost() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }
}
