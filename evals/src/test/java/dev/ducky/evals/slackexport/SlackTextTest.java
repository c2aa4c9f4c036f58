package dev.ducky.evals.slackexport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SlackTextTest {
    @Test
    void mentionsAndChannelsReadAsNames() {
        assertEquals("@ana, see #inc-42 (or #ops)",
                SlackText.plain("<@U1|ana>, see <#C42|inc-42> (or <#C7|ops>)", id -> "@ana"));
        assertEquals("@bo here", SlackText.plain("<@W2> here", id -> "@bo"));
    }

    @Test
    void anUnclosedMentionIsLeftAsItIsAndTheNextOneStillReads() {
        assertEquals("<@U1|ana @bo", SlackText.plain("<@U1|ana <@U2>", id -> "@bo"));
        assertEquals("<#C1|ops #inc", SlackText.plain("<#C1|ops <#C2|inc>", id -> id));
    }

    @Test
    @Timeout(2)
    void unclosedMentionsAreReadOnce() {
        String text = "<@U1|a<#C1|a".repeat(3_300);
        assertEquals(text, SlackText.plain(text, id -> id));
    }
}
