package dev.ducky.slack;

import dev.ducky.support.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The support flow's crash recovery on PostgreSQL (skipped, saying so, when none answers; failed under CI). */
class SupportCrashRecoveryOnPostgresIT extends SupportCrashRecovery {
    @Override
    String databaseUrl(Path home) {
        Postgres.require();
        return Postgres.freshSchemaUrl("ducky_support_crash");
    }

    @Override
    Connection connect(Path home, String url) throws SQLException {
        return DriverManager.getConnection(url);
    }
}
