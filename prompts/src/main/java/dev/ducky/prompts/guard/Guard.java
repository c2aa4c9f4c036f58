package dev.ducky.prompts.guard;

import dev.ducky.prompts.Move;
import dev.ducky.prompts.model.Phrased;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a phrased message against the rules before it is posted (DESIGN.md, the four interactions and
 * Safety). A message that breaks any rule is not posted; the offline template is, so the rules hold
 * whatever the model writes.
 */
public final class Guard {
    /** Moves that must only ask: whatever else their text says is an answer nobody asked for. */
    static final Set<Move> ASK_ONLY = EnumSet.of(Move.ASK_WHAT_STUCK_ON, Move.ASK_FOR_PLAN, Move.ASK_WHAT_TRYING,
            Move.ASK_FOR_QUESTION, Move.CLARIFY_QUERY, Move.PLAN_NOTED, Move.HYPOTHESIS_TAKEN, Move.ASK_TO_DOCUMENT);
    /** Slots a move must show exactly: a query or a runbook step paraphrased is no longer the runbook's. */
    static final Map<Move, List<String>> EXACT = Map.of(
            Move.SHOW_QUERY, List.of("query"),
            Move.SHOW_LINK, List.of("title"),
            Move.SHOW_MITIGATION_FIRST, List.of("step"),
            Move.LADDER_SHOW_STEP, List.of("step"),
            Move.SUGGEST_MISSING_STEP, List.of("step"),
            Move.SUGGEST_FOR_STUCK, List.of("suggestion"),
            Move.OFFER_PING_OWNER, List.of("owner"));
    static final int ASK_ONLY_MAX_CHARS = 450;
    // A path starts where a run of path characters does, so a long dotted word is read once, not once per dot.
    private static final Pattern RUNBOOK_PATH = Pattern.compile("(?<![\\w./-])[\\w./-]+\\.md\\b");
    // The indent is read within its own line: blank lines before an item still lead to it, each read once.
    private static final Pattern LIST_LINE = Pattern.compile("(?m)^[^\\S\\n\\r]*+(?:\\d++[.)]|[-•])\\s++\\S");

    private final UnaryOperator<String> redactor;

    /** @param redactor the redactor every text passes before it reaches a model or a table */
    public Guard(UnaryOperator<String> redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    public Verdict check(Situation situation, Phrased phrased) {
        String text = phrased.text();
        List<String> given = given(situation);
        String own = Wording.ownWords(text, given);
        List<String> sentences = Wording.sentences(own);
        List<String> statements = sentences.stream().filter(s -> !Wording.isQuestion(s)).toList();
        List<Violation> broken = new ArrayList<>();
        if (ASK_ONLY.contains(situation.move()) && answers(text, phrased, sentences, statements)) {
            broken.add(Violation.ANSWERS_WHEN_ASKING);
        }
        flag(broken, Violation.CLAIMS_TO_HAVE_ACTED, Phrases.CLAIMS_TO_HAVE_ACTED.matcher(own).find());
        flag(broken, Violation.SAYS_THEY_ARE_WRONG, Phrases.SAYS_THEY_ARE_WRONG.matcher(own).find());
        flag(broken, Violation.OFFERS_TO_DO_IT, Phrases.OFFERS_TO_DO_IT.matcher(own).find());
        flag(broken, Violation.ASKS_NOTHING, situation.move().asksQuestion() && !Wording.withoutCode(text).contains("?"));
        flag(broken, Violation.CITES_UNRETRIEVED, citesUnretrieved(situation, phrased));
        flag(broken, Violation.UNCONFIRMED_STATUS, any(statements, Phrases.UNCONFIRMED_STATUS));
        flag(broken, Violation.STATES_A_CAUSE, any(statements, Phrases.STATES_A_CAUSE));
        flag(broken, Violation.LEAKS_REDACTED, !redactor.apply(text).equals(text));
        flag(broken, Violation.DROPS_EXACT_TEXT, dropsExactText(situation, text));
        flag(broken, Violation.INVENTS_CODE, inventsCode(text, given));
        return new Verdict(broken);
    }

    /** Everything the model was given to say: slot values, section ids and the offline wording. */
    private static List<String> given(Situation situation) {
        return Stream.of(situation.slots().values().stream(), situation.retrieved().stream(),
                Stream.of(situation.draft())).flatMap(s -> s).toList();
    }

    private static boolean answers(String text, Phrased phrased, List<String> sentences, List<String> statements) {
        return !phrased.cites().isEmpty() || text.length() > ASK_ONLY_MAX_CHARS
                || LIST_LINE.matcher(text).results().count() >= 2
                || any(sentences, Phrases.ADVICE) || any(statements, Phrases.HEDGED_ANSWER);
    }

    private static boolean citesUnretrieved(Situation situation, Phrased phrased) {
        if (!situation.retrieved().containsAll(phrased.cites())) {
            return true;
        }
        Set<String> paths = new java.util.HashSet<>();
        situation.retrieved().forEach(id -> paths.add(id.split("#", 2)[0]));
        Matcher mentioned = RUNBOOK_PATH.matcher(phrased.text());
        while (mentioned.find()) {
            if (!paths.contains(mentioned.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean dropsExactText(Situation situation, String text) {
        String flat = Wording.normalize(text, true);
        return EXACT.getOrDefault(situation.move(), List.of()).stream()
                .map(slot -> situation.slots().get(slot))
                .anyMatch(value -> value != null && !flat.contains(Wording.normalize(value, true)));
    }

    private static boolean inventsCode(String text, List<String> given) {
        String allGiven = Wording.normalize(String.join("\n", given), true);
        return Wording.code(text).stream().map(code -> Wording.normalize(code, true))
                .anyMatch(code -> !code.isEmpty() && !allGiven.contains(code));
    }

    private static boolean any(List<String> sentences, Pattern pattern) {
        return sentences.stream().anyMatch(s -> pattern.matcher(s).find());
    }

    private static void flag(List<Violation> broken, Violation violation, boolean condition) {
        if (condition) {
            broken.add(violation);
        }
    }
}
