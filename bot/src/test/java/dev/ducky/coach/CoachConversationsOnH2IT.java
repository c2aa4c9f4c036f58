package dev.ducky.coach;

import java.nio.file.Path;

/** The scripted conversations on the embedded default database. */
class CoachConversationsOnH2IT extends CoachConversations {
    @Override
    String databaseUrl(Path home) {
        return "jdbc:h2:file:" + home.resolve("db").toAbsolutePath();
    }
}
