package dev.ducky.copilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Home;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.conversation.Reply;
import dev.ducky.inbox.DeadLetter;
import dev.ducky.inbox.InboxRepository;
import dev.ducky.persistence.Sql;
import dev.ducky.prompts.Move;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message that breaks whatever answers it — an Error as well as an exception — is tried as often as allowed,
 * then given up on with one notice that does not repeat it; the channel's next message is answered as usual.
 */
class FrontDoorAttemptsIT {
    private static final String CHANNEL = "C0POISON";

    private ApplicationContext context;
    private FrontDoor frontDoor;
    private InboxRepository inbox;

    @BeforeEach
    void start() throws Exception {
        Path home = Files.createTempDirectory("ducky-attempts");
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:h2:mem:attempts_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        properties.put("ducky.knowledge.index-dir", home.resolve("index").toString());
        properties.put("ducky.knowledge.data-dir", home.toString());
        context = ApplicationContext.builder(properties).environments("console").start();
        frontDoor = context.getBean(FrontDoor.class);
        inbox = context.getBean(InboxRepository.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void aMessageThatOverflowsTheStackOnEveryAttemptIsGivenUpOnAndTheChannelGoesOn() {
        BreakingCourier courier = new BreakingCourier("the poison");
        Inbound poison = accept("Ev1", "1.1", "the poison");
        frontDoor.drain(CHANNEL, courier);

        assertEquals(3, courier.attempts, "tried as often as DUCKY_MAX_ATTEMPTS says (3 by default)");
        DeadLetter dead = inbox.deadLetters().get(0);
        assertEquals(poison.key(), dead.key());
        assertEquals(3, dead.attempts());
        assertTrue(dead.lastError().contains("StackOverflowError"), dead.lastError());
        assertEquals(List.of(), inbox.unanswered(), "a dead letter is never replayed");
        assertEquals(1, courier.notices.size(), "one notice where the human waits");
        assertFalse(courier.notices.get(0).text().contains("poison"), "the notice never repeats the message");
        assertEquals("1.1", courier.noticeThreads.get(0));

        accept("Ev2", "1.2", "help");
        frontDoor.drain(CHANNEL, courier);
        assertTrue(courier.posted.stream().anyMatch(r -> r.trace().move() == Move.SHOW_HELP),
                "the next message in the same channel is answered: " + courier.posted);
    }

    @Test
    void aMessageTheProcessDiedOnAsOftenAsAllowedIsNotTriedAgain() {
        BreakingCourier courier = new BreakingCourier("never breaks");
        Inbound crashed = accept("Ev3", "1.3", "help");
        context.getBean(Sql.class).update("update inbox set attempts = 3 where id = ?", crashed.key());

        frontDoor.drain(CHANNEL, courier);

        assertEquals(0, courier.attempts, "not answered a fourth time");
        assertTrue(courier.posted.isEmpty());
        assertEquals(List.of(crashed.key()), inbox.deadLetters().stream().map(DeadLetter::key).toList());
        assertTrue(inbox.deadLetters().get(0).lastError().contains("stopped"), inbox.deadLetters().get(0).lastError());

        assertTrue(inbox.retry(crashed.key()), "ducky inbox --retry puts it back");
        frontDoor.drain(CHANNEL, courier);
        assertTrue(courier.posted.stream().anyMatch(r -> r.trace().move() == Move.SHOW_HELP));
        assertTrue(inbox.deadLetters().isEmpty());
    }

    private Inbound accept(String key, String ts, String text) {
        return frontDoor.accept(new Message(key, CHANNEL, ts, null, "U0HUMAN", null, text, true)).orElseThrow();
    }

    /** Overflows the stack while posting a reply to the message saying {@code poison}; records the rest. */
    private static final class BreakingCourier implements Courier {
        private final String poison;
        private final List<Reply> posted = new ArrayList<>();
        private final List<Reply> notices = new ArrayList<>();
        private final List<String> noticeThreads = new ArrayList<>();
        private int attempts;

        BreakingCourier(String poison) {
            this.poison = poison;
        }

        @Override
        public boolean serves(String channel) {
            return true;
        }

        @Override
        public void decided(Inbound inbound, dev.ducky.conversation.Outcome outcome) {
            attempts++;
            if (inbound.text().equals(poison)) {
                recurse(0);
            }
        }

        @Override
        public String post(String stepId, String channel, String threadTs, Reply reply) {
            if (reply.trace().move() == Move.COULD_NOT_HANDLE) {
                notices.add(reply);
                noticeThreads.add(threadTs);
            } else {
                posted.add(reply);
            }
            return "9." + posted.size();
        }

        @Override
        public void postOnlyTo(String stepId, String channel, String threadTs, String user, Reply reply) {
            post(stepId, channel, threadTs, reply);
        }

        @Override
        public void open(Inbound click, Form form) {
        }

        @Override
        public void refuse(Inbound submission, List<String> problems) {
        }

        @Override
        public void showHome(String user, Home home) {
        }

        private static int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }
    }
}
