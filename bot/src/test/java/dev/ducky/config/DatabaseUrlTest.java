package dev.ducky.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * H2 file URLs keep AUTO_SERVER, so the console and tests can open the file a running server holds; the TCP
 * server that starts is bound to loopback (EmbeddedDatabaseServerIT checks the socket of a real {@code serve}).
 */
class DatabaseUrlTest {
    @Test
    void anH2FileUrlGetsPostgresModeLowerCaseAndAutoServer() {
        assertEquals("jdbc:h2:file:./data/ducky;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;WRITE_DELAY=0",
                DatabaseUrl.normalize("jdbc:h2:file:./data/ducky"));
    }

    @Test
    void flagsAlreadyThereAreKept() {
        assertEquals("jdbc:h2:file:/x;mode=PostgreSQL;AUTO_SERVER=FALSE;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
                DatabaseUrl.normalize("jdbc:h2:file:/x;mode=PostgreSQL;AUTO_SERVER=FALSE"));
    }

    @Test
    void inMemoryH2HasNoAutoServer() {
        assertEquals("jdbc:h2:mem:t;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", DatabaseUrl.normalize("jdbc:h2:mem:t"));
    }

    @Test
    void otherDatabasesAreUntouched() {
        assertEquals("jdbc:postgresql://127.0.0.1:5432/test",
                DatabaseUrl.normalize("jdbc:postgresql://127.0.0.1:5432/test"));
    }

    @Test
    void onlyAnAutoServerUrlServesOtherProcesses() {
        assertTrue(DatabaseUrl.servesOtherProcesses(DatabaseUrl.normalize("jdbc:h2:file:./data/ducky")));
        assertFalse(DatabaseUrl.servesOtherProcesses(DatabaseUrl.normalize("jdbc:h2:file:/x;AUTO_SERVER=FALSE")));
        assertFalse(DatabaseUrl.servesOtherProcesses(DatabaseUrl.normalize("jdbc:h2:mem:t")));
        assertFalse(DatabaseUrl.servesOtherProcesses("jdbc:postgresql://127.0.0.1:5432/test"));
    }

    @Test
    void theSharedFilesServerListensOnLoopbackUnlessToldOtherwise() {
        String before = System.getProperty(DatabaseUrl.H2_BIND_ADDRESS);
        try {
            System.clearProperty(DatabaseUrl.H2_BIND_ADDRESS);
            DatabaseUrl.keepServerOnLoopback();
            assertEquals("127.0.0.1", System.getProperty(DatabaseUrl.H2_BIND_ADDRESS));

            System.setProperty(DatabaseUrl.H2_BIND_ADDRESS, "10.0.0.5");
            DatabaseUrl.keepServerOnLoopback();
            assertEquals("10.0.0.5", System.getProperty(DatabaseUrl.H2_BIND_ADDRESS), "an explicit -D wins");
        } finally {
            if (before == null) {
                System.clearProperty(DatabaseUrl.H2_BIND_ADDRESS);
            } else {
                System.setProperty(DatabaseUrl.H2_BIND_ADDRESS, before);
            }
        }
    }
}
