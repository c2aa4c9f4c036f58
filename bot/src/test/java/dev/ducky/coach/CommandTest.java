package dev.ducky.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.prompts.Move;
import dev.ducky.prompts.Templates;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commands said bare, after Ducky's name or as a slash command; sentences that start like one stay sentences. */
class CommandTest {
    @Test
    void aCommandAfterDuckysNameIsTheCommand() {
        assertEquals(Optional.of(new Command(Command.Name.START, "checkout 500s")),
                Command.parse("@ducky start checkout 500s"));
        assertEquals(Optional.of(new Command(Command.Name.STATUS, "")), Command.parse("@ducky status"));
        assertEquals(Optional.of(new Command(Command.Name.RESOLVE, "")), Command.parse("@Ducky: resolve"));
        assertEquals(Optional.of(new Command(Command.Name.HELP, "")), Command.parse("  @ducky help "));
        assertEquals(Optional.of(new Command(Command.Name.NOTE, "rolled back at 14:10")),
                Command.parse("@ducky, note rolled back at 14:10"));
        assertEquals(Optional.of(new Command(Command.Name.QUERY, "checkout 5xx by pod")),
                Command.parse("/ducky query checkout 5xx by pod"));
    }

    @Test
    void aBareCommandIsStillTheCommand() {
        assertEquals(Optional.of(new Command(Command.Name.START, "orders backlog")), Command.parse("start orders backlog"));
        assertEquals(Optional.of(new Command(Command.Name.STATUS, "")), Command.parse("status"));
    }

    @Test
    void aSentenceToDuckyIsNotACommand() {
        assertEquals(Optional.empty(), Command.parse("@ducky checkout is throwing 500s"));
        assertEquals(Optional.empty(), Command.parse("@ducky status of the rollback?"));
        assertEquals(Optional.empty(), Command.parse("@duckyresolve"));
        assertEquals(Optional.empty(), Command.parse("@alice start the rollback"));
    }

    @Test
    void helpListsEveryCommand() {
        String help = new Templates().render(Move.SHOW_HELP, Map.of());
        for (Command.Name name : Command.Name.values()) {
            String command = "`" + name.name().toLowerCase(Locale.ROOT);
            assertTrue(help.contains(command), "help does not list " + command + ": " + help);
        }
    }
}
