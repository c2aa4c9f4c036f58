package dev.ducky.slack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The support flow's crash recovery on the embedded default database (an H2 file). */
class SupportCrashRecoveryOnH2IT extends SupportCrashRecovery {
    @Override
    String databaseUrl(Path home) {
        return null;
    }

    @Override
    Connection connect(Path home, String url) throws SQLException {
        // "sa": the user Micronaut gives an embedded H2 database it creates.
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
    }
}
