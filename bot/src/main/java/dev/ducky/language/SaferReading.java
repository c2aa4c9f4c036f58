package dev.ducky.language;

import dev.ducky.coach.understanding.Understanding;
import dev.ducky.prompts.Intent;
import dev.ducky.prompts.model.Reading;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When the offline classifier and the model read a message differently, the reading whose move tells less
 * wins: asking beats telling. Intents are ranked by what the policy does with them, from "ask what they
 * are stuck on" to "climb the just-tell-me ladder". Silence (chatter) is neither asking nor telling, so
 * there the offline reading, whose chatter cues are narrow, stands.
 */
final class SaferReading {
    static final double MIN_CONFIDENCE = 0.5;
    private static final List<Intent> ASKING_FIRST = List.of(
            Intent.STUCK,             // ask what they are stuck on
            Intent.STATE_PLAN,        // note the plan, ask (or ask about a missing step)
            Intent.HYPOTHESIS,        // note it, ask what would confirm it
            Intent.ASK_DOCUMENT,      // note it
            Intent.REPORT_FINDING,    // one refinement, as a question
            Intent.DESCRIBE_SYMPTOM,  // point to a runbook excerpt, ask
            Intent.SUPPORT_QUESTION,  // point to the impact section
            Intent.ASK_QUERY,         // show the runbook's query
            Intent.ASK_PROCESS,       // show the process step
            Intent.ASK_ANSWER);       // climb towards showing the runbook step
    private static final Map<Intent, Integer> RANK = new EnumMap<>(Intent.class);

    static {
        for (int i = 0; i < ASKING_FIRST.size(); i++) {
            RANK.put(ASKING_FIRST.get(i), i);
        }
    }

    /** How the two readings were reconciled, as counted in metrics. */
    enum Outcome { AGREED, MODEL_SAFER, OFFLINE_KEPT }

    record Pick(Understanding understanding, Outcome outcome) {
    }

    private SaferReading() {
    }

    static Pick pick(Understanding offline, Reading model) {
        if (model.intent() == offline.intent()) {
            return new Pick(new Understanding(offline.intent(), Math.max(offline.confidence(), model.confidence()),
                    offline.source() + "+model"), Outcome.AGREED);
        }
        boolean chatter = model.intent() == Intent.CHATTER || offline.intent() == Intent.CHATTER;
        if (!chatter && model.confidence() >= MIN_CONFIDENCE && RANK.get(model.intent()) < RANK.get(offline.intent())) {
            return new Pick(new Understanding(model.intent(), model.confidence(), "model (safer than " + offline.intent()
                    + ")"), Outcome.MODEL_SAFER);
        }
        return new Pick(offline, Outcome.OFFLINE_KEPT);
    }
}
