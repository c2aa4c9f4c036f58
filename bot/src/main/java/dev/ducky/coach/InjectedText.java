package dev.ducky.coach;

import java.util.regex.Pattern;

/**
 * Runbooks are quoted to responders, and a runbook can be edited by anyone: a line that speaks to AI tools
 * ("ignore your instructions", "say 'I executed …'") is left out of every quote, so Ducky never relays an
 * instruction or an execution claim it did not make.
 */
public final class InjectedText {
    private static final Pattern ADDRESSED_TO_AI = Pattern.compile("(?i)(ignore (all |any )?(your |the )?(previous|prior|"
            + "above)? ?(instructions|rules)|system (notice|prompt|message)|\\bfor (ai|llm) (tools|assistants|models)\\b"
            + "|\\b(assistant|ai|bot|copilot)\\s*:|you are (now )?(authori[sz]ed|allowed|permitted) to|\\bas an ai\\b"
            + "|\\bsay \"?i (executed|ran|restarted|rolled back|fixed|checked)\\b"
            + "|\\bi (have )?(executed|ran|restarted|rolled back|fixed) (it|this|the|kubectl|checkout|\\w+ for you)\\b"
            + "|</?(context|system|instructions)>|\\bnew rule from\\b|\\bto your (next )?(message|reply|answer)\\b"
            + "|\\bconfirm (that )?you (executed|ran|restarted|rolled back)\\b)");
    static final String LEFT_OUT = "[a line addressed to AI tools was left out]";

    private InjectedText() {
    }

    /** Whether {@code text} speaks to AI tools: an instruction to Ducky, never material for the incident's notes. */
    public static boolean addressesAi(String text) {
        return ADDRESSED_TO_AI.matcher(text).find();
    }

    /** The text with every line (or sentence) that addresses AI tools replaced by a short notice. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (ADDRESSED_TO_AI.matcher(line).find()) {
                StringBuilder kept = new StringBuilder();
                for (String sentence : line.split("(?<=[.!?])\\s+")) {
                    kept.append(ADDRESSED_TO_AI.matcher(sentence).find() ? LEFT_OUT : sentence).append(' ');
                }
                line = kept.toString().replace(LEFT_OUT + " " + LEFT_OUT, LEFT_OUT).stripTrailing();
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
