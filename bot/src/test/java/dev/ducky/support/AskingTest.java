package dev.ducky.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.incident.Incident;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AskingTest {
    private static final Incident CHECKOUT = incident("C1", "Checkout errors");
    private static final Incident ORDERS = incident("C2", "Orders backlog");

    @Test
    void aTitleWordSaidAsAWholeWordPicksTheIncident() {
        assertEquals(Optional.of(ORDERS), Asking.pick(List.of(CHECKOUT, ORDERS), List.of(), "it's the orders one"));
        assertEquals(Optional.of(CHECKOUT), Asking.pick(List.of(CHECKOUT, ORDERS), List.of(), "CHECKOUT,\nplease"));
    }

    @Test
    void partOfAWordShortWordsOrTwoIncidentsPickNone() {
        assertEquals(Optional.empty(), Asking.pick(List.of(CHECKOUT, ORDERS), List.of(), "reorders"));
        assertEquals(Optional.empty(), Asking.pick(List.of(CHECKOUT, ORDERS), List.of(), "checkouts"));
        assertEquals(Optional.empty(), Asking.pick(List.of(CHECKOUT, ORDERS), List.of(), "checkout or orders?"));
        assertEquals(Optional.empty(), Asking.pick(List.of(CHECKOUT, ORDERS), List.of(), ""));
    }

    @Test
    void aChannelNamedWinsOverTitleWords() {
        assertEquals(Optional.of(CHECKOUT), Asking.pick(List.of(CHECKOUT, ORDERS), List.of("C1"), "orders"));
    }

    @Test
    @Timeout(2)
    void aLongMessageIsReadOncePerTitleWord() {
        String said = "order ".repeat(6_000) + "!";
        assertEquals(Optional.empty(), Asking.pick(List.of(CHECKOUT, ORDERS), List.of(), said));
    }

    private static Incident incident(String channel, String title) {
        return new Incident("i-" + channel, channel, null, title, null, null, null, true, Incident.State.OPEN, null,
                Instant.EPOCH, null);
    }
}
