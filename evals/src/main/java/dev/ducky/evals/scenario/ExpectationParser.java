package dev.ducky.evals.scenario;

import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.score.AsksCheck;
import dev.ducky.evals.score.ButtonsCheck;
import dev.ducky.evals.score.Check;
import dev.ducky.evals.score.CitesCheck;
import dev.ducky.evals.score.Expectation;
import dev.ducky.evals.score.MoveCheck;
import dev.ducky.evals.score.NoCauseCheck;
import dev.ducky.evals.score.QueryCheck;
import dev.ducky.evals.score.SaysCheck;
import dev.ducky.evals.score.StageCheck;
import dev.ducky.evals.score.TraceFieldsCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a turn's {@code expect:} — {@code silence}, one block, or a list of blocks — into expectations. */
final class ExpectationParser {
    private static final Set<String> KEYS = Set.of("channel", "silence", "move", "stage", "cites", "asks", "says",
            "says_not", "buttons", "query", "support", "model", "no_cause", "judge");
    private static final Set<String> QUERY_KEYS = Set.of("language", "valid", "metrics", "contains");
    private static final Set<String> STAGES = Set.of("explain", "demonstrate", "guide", "enhance");

    private final Set<Feature> requires;

    ExpectationParser(Set<Feature> requires) {
        this.requires = requires;
    }

    List<Expectation> parse(YamlNode expect) {
        if (expect.isScalar() || expect.isMap()) {
            return List.of(block(expect));
        }
        return expect.items("expect").stream().map(this::block).toList();
    }

    private Expectation block(YamlNode node) {
        if (node.isScalar()) {
            if (!node.text("expect").equals("silence")) {
                throw node.error("expect must be 'silence', a mapping of checks, or a list of them");
            }
            return new Expectation(node.line(), null, true, List.of(), List.of());
        }
        Map<String, YamlNode> fields = node.fields("expect", KEYS);
        ChannelKind channel = fields.containsKey("channel")
                ? Enums.of(ChannelKind.class, fields.get("channel"), "channel") : null;
        boolean silence = fields.containsKey("silence") && fields.get("silence").bool("silence");
        List<Check> checks = new ArrayList<>();
        List<String> judge = new ArrayList<>();
        for (Map.Entry<String, YamlNode> field : fields.entrySet()) {
            YamlNode value = field.getValue();
            switch (field.getKey()) {
                case "move" -> checks.add(new MoveCheck(value.texts("move")));
                case "stage" -> checks.add(new StageCheck(stage(value)));
                case "cites" -> checks.add(new CitesCheck(value.isScalar() && value.text("cites").equals("nothing")
                        ? List.of() : value.texts("cites")));
                case "asks" -> checks.add(new AsksCheck(value.bool("asks")));
                case "says" -> value.texts("says").forEach(p -> checks.add(new SaysCheck(p, false)));
                case "says_not" -> value.texts("says_not").forEach(p -> checks.add(new SaysCheck(p, true)));
                case "buttons" -> checks.add(new ButtonsCheck(value.texts("buttons")));
                case "query" -> checks.add(query(value));
                case "support" -> checks.add(traceFields(value, "support", Feature.SUPPORT));
                case "model" -> checks.add(traceFields(value, "model", Feature.MODEL));
                case "no_cause" -> {
                    if (value.bool("no_cause")) {
                        checks.add(new NoCauseCheck());
                    }
                }
                case "judge" -> judge.addAll(value.texts("judge"));
                default -> { } // channel and silence are read above
            }
        }
        if (silence && (!checks.isEmpty() || !judge.isEmpty())) {
            throw node.error("'silence: true' expects no message, so it cannot be combined with other checks");
        }
        return new Expectation(node.line(), channel, silence, checks, judge);
    }

    private static String stage(YamlNode value) {
        String stage = value.text("stage");
        if (!STAGES.contains(stage)) {
            throw value.error("stage must be explain, demonstrate, guide or enhance, not '" + stage + "'");
        }
        return stage;
    }

    private static QueryCheck query(YamlNode value) {
        Map<String, YamlNode> q = value.fields("query", QUERY_KEYS);
        return new QueryCheck(q.containsKey("language") ? q.get("language").text("language") : null,
                q.containsKey("valid") ? q.get("valid").bool("valid") : null,
                q.containsKey("metrics") ? q.get("metrics").texts("metrics") : List.of(),
                q.containsKey("contains") ? q.get("contains").text("contains") : null);
    }

    private TraceFieldsCheck traceFields(YamlNode value, String field, Feature feature) {
        if (!requires.contains(feature)) {
            throw value.error("expecting the trace's '" + field + "' needs 'requires: [" + feature.label()
                    + "]' on the scenario");
        }
        return new TraceFieldsCheck(field, value.textMap(field));
    }
}
