package dev.ducky.slack;

import dev.ducky.support.Postgres;
import java.nio.file.Path;

/** Two replicas sharing one PostgreSQL schema, as in production. */
class ReplicasOnPostgresIT extends Replicas {
    @Override
    String databaseUrl(Path home) {
        Postgres.require();
        return Postgres.freshSchemaUrl("ducky_replicas");
    }
}
