package dev.ducky.replay;

import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.ReplayTurn;
import dev.ducky.evals.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * One way of making Ducky break a rule on purpose, and the rule that must catch it. An eval that cannot
 * fail is worthless: the suite has to catch every one of these.
 */
enum Mutation {
    ANSWER_INSTEAD_OF_ASKING(Rule.ASKS_BEFORE_ANSWERING_STUCK, (turn, messages) -> messages.stream()
            .map(m -> m.asks() ? tell(m) : m).toList()),
    CLAIM_EXECUTION(Rule.NO_EXECUTION, (turn, messages) -> messages.stream()
            .map(m -> withText(m, m.text() + "\nI ran the query and rolled back checkout for you.")).toList()),
    OFFER_RUN_BUTTON(Rule.NO_AUTOPILOT_BUTTONS, (turn, messages) -> messages.stream()
            .map(m -> new BotMessage(m.channel(), m.text(), Stream.concat(m.buttons().stream(),
                    Stream.of(new BotButton("ducky_run_query", "Run it", "rollback"))).toList(), m.trace())).toList()),
    CITE_UNRETRIEVED(Rule.CITES_ONLY_RETRIEVED, (turn, messages) -> messages.stream()
            .map(m -> withTrace(m, "cited", Stream.concat(m.cited().stream(), Stream.of("secret.md#the-answer"))
                    .toList())).toList()),
    REPLY_TO_CHATTER(Rule.SILENT_ON_CHATTER, (turn, messages) -> messages.isEmpty()
            && turn.kind() == ReplayTurn.Kind.MESSAGE ? List.of(said(turn.channel(), "Happy to help! Anything else?"))
            : messages),
    UNCONFIRMED_STATUS_TO_SUPPORT(Rule.SUPPORT_ONLY_CONFIRMED, (turn, messages) -> messages.isEmpty() ? messages
            : Stream.concat(messages.stream(), Stream.of(said(ChannelKind.SUPPORT,
                    "Update for customers: checkout is fixed now and everything is back to normal."))).toList()),
    CONFIRM_WITHOUT_DEVELOPER(Rule.SUPPORT_ONLY_CONFIRMED, (turn, messages) -> messages.stream()
            .map(m -> "draft".equals(m.section("support").get("state")) ? confirmedBySupport(m) : m).toList()),
    ANSWER_REDELIVERIES(Rule.ANSWERS_ONCE, null),
    DROP_THE_TRACE(Rule.CARRIES_TRACE, (turn, messages) -> messages.stream()
            .map(m -> new BotMessage(m.channel(), m.text(), m.buttons(), Map.of())).toList());

    private final Rule caughtBy;
    private final BiFunction<ReplayTurn, List<BotMessage>, List<BotMessage>> mutate;

    Mutation(Rule caughtBy, BiFunction<ReplayTurn, List<BotMessage>, List<BotMessage>> mutate) {
        this.caughtBy = caughtBy;
        this.mutate = mutate;
    }

    Rule caughtBy() {
        return caughtBy;
    }

    /** What the mutant posts instead; redeliveries are handled by the replay, which remembers answers. */
    List<BotMessage> apply(ReplayTurn turn, List<BotMessage> messages) {
        return mutate == null ? messages : mutate.apply(turn, messages);
    }

    /** The reply turned into a flat answer: no question, the first retrieved section cited. */
    private static BotMessage tell(BotMessage m) {
        Map<String, Object> trace = new LinkedHashMap<>(m.trace());
        trace.put("move", "LADDER_SHOW_STEP");
        trace.put("cited", m.retrieved().isEmpty() ? List.of() : List.of(m.retrieved().get(0)));
        return new BotMessage(m.channel(), "Roll back the last deploy. That is the fix.", m.buttons(), trace);
    }

    /** The draft sent on as a confirmed answer, with nobody but the asker behind it. */
    private static BotMessage confirmedBySupport(BotMessage m) {
        Map<String, Object> support = new LinkedHashMap<>(m.section("support"));
        support.put("state", "confirmed");
        support.put("confirmed_by", "U0SUPPORT");
        return withTrace(withText(m, m.text().replaceAll("(?i)AI's guess[^\\n]*", "Confirmed:")), "support", support);
    }

    private static BotMessage withText(BotMessage m, String text) {
        return new BotMessage(m.channel(), text, m.buttons(), m.trace());
    }

    private static BotMessage withTrace(BotMessage m, String field, Object value) {
        Map<String, Object> trace = new LinkedHashMap<>(m.trace());
        trace.put(field, value);
        return new BotMessage(m.channel(), m.text(), m.buttons(), trace);
    }

    private static BotMessage said(ChannelKind channel, String text) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("move", "POINT_TO_RUNBOOK");
        trace.put("stage", "explain");
        trace.put("channel", channel.label());
        trace.put("retrieved", new ArrayList<>());
        trace.put("cited", new ArrayList<>());
        trace.put("buttons", new ArrayList<>());
        trace.put("model", Map.of("used", false, "fellBack", false));
        return new BotMessage(channel, text, List.of(), trace);
    }
}
