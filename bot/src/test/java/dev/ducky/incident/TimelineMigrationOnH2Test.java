package dev.ducky.incident;

/** The timeline migration on the embedded default database, as Ducky opens it (PostgreSQL mode). */
class TimelineMigrationOnH2Test extends TimelineMigration {
    @Override
    String emptyDatabaseUrl() {
        return "jdbc:h2:mem:timeline_" + Long.toHexString(System.nanoTime())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    }
}
