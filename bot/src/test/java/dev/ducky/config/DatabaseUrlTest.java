package dev.ducky.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
