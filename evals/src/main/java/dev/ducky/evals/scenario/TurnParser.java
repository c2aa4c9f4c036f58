package dev.ducky.evals.scenario;

import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Speaker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code turns:} of a scenario, checking what can be checked before anything runs. */
final class TurnParser {
    private static final Set<String> KEYS = Set.of("id", "as", "channel", "text", "mention", "thread", "click",
            "submit", "redeliver", "chatter", "note", "expect");
    private static final Pattern MENTION = Pattern.compile("(?i)^@ducky\\b[:,]?\\s*");

    private final Set<Feature> requires;
    private final ExpectationParser expectations;
    private final Map<String, ScenarioTurn> byId = new HashMap<>();

    TurnParser(Set<Feature> requires) {
        this.requires = requires;
        this.expectations = new ExpectationParser(requires);
    }

    List<ScenarioTurn> parse(YamlNode turns) {
        List<YamlNode> items = turns.items("turns");
        if (turns.isScalar() || items.isEmpty()) {
            throw turns.error("turns must be a non-empty list of turns");
        }
        return items.stream().map(item -> turn(item, byId.size() + 1)).toList();
    }

    private ScenarioTurn turn(YamlNode node, int index) {
        Map<String, YamlNode> f = node.fields("a turn", KEYS);
        String id = f.containsKey("id") ? f.get("id").text("id") : "t" + index;
        if (byId.containsKey(id)) {
            throw f.get("id").error("turn id '" + id + "' is already used by the turn at line " + byId.get(id).line());
        }
        Speaker as = f.containsKey("as") ? Enums.of(Speaker.class, f.get("as"), "as") : Speaker.RESPONDER;
        ChannelKind channel = f.containsKey("channel") ? Enums.of(ChannelKind.class, f.get("channel"), "channel")
                : ChannelKind.INCIDENT;
        long kinds = f.keySet().stream().filter(Set.of("text", "click", "submit", "redeliver")::contains).count();
        if (kinds != 1) {
            throw node.error("a turn needs exactly one of text, click, submit or redeliver");
        }
        String text = f.containsKey("text") ? f.get("text").text("text") : null;
        boolean mention = f.containsKey("mention") && f.get("mention").bool("mention");
        if (text != null) {
            Matcher m = MENTION.matcher(text);
            if (m.find()) {
                mention = true;
                text = text.substring(m.end());
            }
        }
        if (mention && as == Speaker.ALERTING) {
            throw node.error("an alerting integration does not mention Ducky; drop the mention");
        }
        Map<String, String> submission = null;
        if (f.containsKey("submit")) {
            if (!requires.contains(Feature.SUPPORT)) {
                throw f.get("submit").error("modal submissions belong to the support flow: add 'requires: [support]'");
            }
            submission = f.get("submit").textMap("submit");
        }
        String redelivers = f.containsKey("redeliver") ? redelivered(f.get("redeliver")) : null;
        ScenarioTurn turn = new ScenarioTurn(node.line(), id, as, channel, text, mention,
                !f.containsKey("thread") || f.get("thread").bool("thread"),
                f.containsKey("click") ? f.get("click").text("click") : null, submission, redelivers,
                f.containsKey("chatter") && f.get("chatter").bool("chatter"),
                f.containsKey("note") ? f.get("note").text("note") : null,
                f.containsKey("expect") ? expectations.parse(f.get("expect")) : List.of());
        byId.put(id, turn);
        return turn;
    }

    private String redelivered(YamlNode node) {
        String id = node.text("redeliver");
        ScenarioTurn original = byId.get(id);
        if (original == null) {
            throw node.error("redeliver names '" + id + "', which is not an earlier turn's id");
        }
        if (original.kind() != ScenarioTurn.Kind.MESSAGE) {
            throw node.error("only messages are redelivered by Slack; '" + id + "' is a " + original.kind());
        }
        return id;
    }
}
