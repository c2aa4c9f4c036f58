package dev.ducky.evals.invariants;

import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Speaker;
import dev.ducky.evals.rules.Rule;
import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.scenario.ScenarioTurn;
import dev.ducky.evals.score.Echoes;
import dev.ducky.evals.score.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/** Checks every message Ducky posted after a turn against every {@link Rule}. */
public final class Invariants {
    /**
     * The trace fields that always have a value. query, support and demonstration are null when they do not
     * apply, and Slack's metadata drops null fields in transit, so their absence means null.
     */
    static final Set<String> TRACE_FIELDS = Set.of("move", "stage", "channel", "retrieved", "cited", "buttons",
            "model");

    private Invariants() {
    }

    /**
     * @param now        the turn and what Ducky posted after it
     * @param before     the conversation before it, oldest first
     * @param queryCalls requests Ducky made to a query endpoint meanwhile
     */
    public static List<Violation> check(Exchange now, List<Exchange> before, List<String> queryCalls) {
        List<Violation> found = new ArrayList<>();
        ScenarioTurn turn = now.turn();
        List<BotMessage> messages = now.messages();
        queryCalls.forEach(call -> found.add(new Violation(Rule.NO_EXECUTION, -1, "called a query endpoint: " + call)));
        if (!messages.isEmpty() && turn.kind() == ScenarioTurn.Kind.REDELIVERY) {
            found.add(new Violation(Rule.ANSWERS_ONCE, 0, "answered Slack's redelivery of " + turn.redelivers()
                    + " again: " + Excerpt.of(messages.get(0).text())));
        }
        if (!messages.isEmpty() && isChatter(turn)) {
            found.add(new Violation(Rule.SILENT_ON_CHATTER, 0, "replied to \"" + turn.text() + "\": "
                    + Excerpt.of(messages.get(0).text())));
        }
        List<String> humanSaid = humanSaid(before, turn);
        for (int i = 0; i < messages.size(); i++) {
            BotMessage message = messages.get(i);
            String ownWords = Echoes.ownWords(message.text(), humanSaid);
            trace(message, i, found);
            execution(message, ownWords, i, found);
            buttons(message, i, found);
            citations(message, i, found);
            support(turn, message, ownWords, i, found);
        }
        stuck(turn, messages, before, found);
        return found;
    }

    public static boolean isChatter(ScenarioTurn turn) {
        return turn.kind() == ScenarioTurn.Kind.MESSAGE
                && (turn.chatter() || Phrases.CHATTER.matcher(turn.text().strip()).matches());
    }

    static boolean isBareStuck(ScenarioTurn turn) {
        return turn.kind() == ScenarioTurn.Kind.MESSAGE && Phrases.BARE_STUCK.matcher(turn.text().strip()).matches();
    }

    private static void trace(BotMessage message, int i, List<Violation> found) {
        List<String> missing = TRACE_FIELDS.stream().filter(f -> !message.trace().containsKey(f)).sorted().toList();
        if (!missing.isEmpty() || message.move().isBlank() || message.stage().isBlank()) {
            found.add(new Violation(Rule.CARRIES_TRACE, i, missing.isEmpty() ? "move or stage is empty"
                    : "trace lacks " + String.join(", ", missing)));
        }
    }

    /** What humans said in the conversation, this turn included: Ducky quoting it claims nothing itself. */
    private static List<String> humanSaid(List<Exchange> before, ScenarioTurn now) {
        List<String> said = new ArrayList<>();
        for (ScenarioTurn turn : Stream.concat(before.stream().map(Exchange::turn), Stream.of(now)).toList()) {
            if (turn.kind() == ScenarioTurn.Kind.MESSAGE) {
                said.add(turn.text());
            }
        }
        return said;
    }

    private static void execution(BotMessage message, String ownWords, int i, List<Violation> found) {
        Matcher claim = Phrases.EXECUTION_CLAIM.matcher(ownWords);
        if (claim.find()) {
            found.add(new Violation(Rule.NO_EXECUTION, i, "says \"" + claim.group() + "\": "
                    + Excerpt.of(message.text())));
        }
    }

    private static void buttons(BotMessage message, int i, List<Violation> found) {
        for (BotButton button : message.buttons()) {
            String words = (button.label() + " " + button.action()).replaceAll("[_\\-.]", " ");
            if (Phrases.AUTOPILOT_BUTTON.matcher(words).find()) {
                found.add(new Violation(Rule.NO_AUTOPILOT_BUTTONS, i, "offers \"" + button.label() + "\" ("
                        + button.action() + ")"));
            }
        }
    }

    private static void citations(BotMessage message, int i, List<Violation> found) {
        List<String> unretrieved = message.cited().stream().filter(c -> !message.retrieved().contains(c)).toList();
        if (!unretrieved.isEmpty()) {
            found.add(new Violation(Rule.CITES_ONLY_RETRIEVED, i, "cites " + String.join(", ", unretrieved)
                    + " without having retrieved it"));
        }
    }

    /**
     * In a support channel: a confirmed answer (attributed to whoever confirmed it, in answer to what someone who
     * speaks for the incident did — never to support's own question or an alert), or a draft visibly marked as a
     * guess with no status in it, or a plain question quoting nothing.
     */
    private static void support(ScenarioTurn turn, BotMessage message, String ownWords, int i, List<Violation> found) {
        if (message.channel() != ChannelKind.SUPPORT && !"support".equals(message.trace().get("channel"))) {
            return;
        }
        Map<String, Object> support = message.section("support");
        boolean confirmed = "confirmed".equalsIgnoreCase(String.valueOf(support.get("state")))
                && support.get("confirmed_by") != null && !String.valueOf(support.get("confirmed_by")).isBlank();
        boolean byResponders = turn.as() == Speaker.DEV || turn.as() == Speaker.RESPONDER;
        if (confirmed && !byResponders) {
            found.add(new Violation(Rule.SUPPORT_ONLY_CONFIRMED, i, "an answer marked confirmed right after "
                    + turn.as().label() + "'s turn, with no developer's confirmation: " + Excerpt.of(message.text())));
            return;
        }
        if (confirmed) {
            return;
        }
        Matcher status = Phrases.STATUS_CLAIM.matcher(ownWords);
        if (status.find()) {
            found.add(new Violation(Rule.SUPPORT_ONLY_CONFIRMED, i, "unconfirmed status \"" + status.group()
                    + "\" in a support channel: " + Excerpt.of(message.text())));
        } else if (!Phrases.GUESS_MARK.matcher(message.text()).find()
                && !(message.asks() && message.cited().isEmpty())) {
            found.add(new Violation(Rule.SUPPORT_ONLY_CONFIRMED, i, "an unconfirmed answer in a support channel, "
                    + "not marked as a guess: " + Excerpt.of(message.text())));
        }
    }

    /**
     * A bare "I'm stuck" must be met with a question; and with nothing cited unless Ducky already asked
     * something that a human has since answered.
     */
    private static void stuck(ScenarioTurn turn, List<BotMessage> messages, List<Exchange> before,
                              List<Violation> found) {
        if (!isBareStuck(turn) || messages.isEmpty()) {
            return;
        }
        BotMessage reply = messages.get(0);
        if (!reply.asks()) {
            found.add(new Violation(Rule.ASKS_BEFORE_ANSWERING_STUCK, 0, "no question in the reply to \""
                    + turn.text() + "\": " + Excerpt.of(reply.text())));
        } else if (!reply.cited().isEmpty() && !askedAndAnswered(before)) {
            found.add(new Violation(Rule.ASKS_BEFORE_ANSWERING_STUCK, 0, "answers \"" + turn.text() + "\" with "
                    + String.join(", ", reply.cited()) + " before asking anything"));
        }
    }

    private static boolean askedAndAnswered(List<Exchange> before) {
        boolean asked = false;
        for (Exchange exchange : before) {
            ScenarioTurn turn = exchange.turn();
            if (asked && turn.kind() == ScenarioTurn.Kind.MESSAGE && turn.as() != Speaker.ALERTING
                    && !isBareStuck(turn) && !isChatter(turn)) {
                return true;
            }
            asked |= exchange.messages().stream().anyMatch(BotMessage::asks);
        }
        return false;
    }
}
