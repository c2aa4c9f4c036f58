package dev.ducky.incident;

import dev.ducky.support.Postgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The timeline migration on PostgreSQL (skipped, saying so, when none answers; failed under CI). */
class TimelineMigrationOnPostgresIT extends TimelineMigration {
    private final List<String> schemas = new ArrayList<>();

    @Override
    String emptyDatabaseUrl() {
        Postgres.require();
        String url = Postgres.freshSchemaUrl("ducky_timeline");
        schemas.add(url);
        return url;
    }

    @AfterEach
    void dropSchemas() {
        schemas.forEach(Postgres::dropSchema);
    }
}
