package dev.ducky.coach;

import dev.ducky.support.Postgres;
import java.nio.file.Path;

/** The same scripted conversations on PostgreSQL (skipped, saying so, when none answers; failed under CI). */
class CoachConversationsOnPostgresIT extends CoachConversations {
    @Override
    String databaseUrl(Path home) {
        Postgres.require();
        return Postgres.freshSchemaUrl("ducky_coach");
    }
}
