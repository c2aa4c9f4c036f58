package dev.ducky.slack;

import java.nio.file.Path;

/** Two replicas sharing one H2 file database (in one JVM, as H2 allows). */
class ReplicasOnH2IT extends Replicas {
    @Override
    String databaseUrl(Path home) {
        return "jdbc:h2:file:" + home.resolve("db").toAbsolutePath();
    }
}
