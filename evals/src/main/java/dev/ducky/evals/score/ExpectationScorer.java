package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores one expectation against what Ducky posted after a turn. When several messages could be the one
 * expected, the one meeting the most checks is scored, so a failure shows the closest miss.
 */
public final class ExpectationScorer {
    private final Optional<Judge> judge;

    public ExpectationScorer(Optional<Judge> judge) {
        this.judge = judge;
    }

    /**
     * @param humanSaid  what humans said so far, this turn included
     * @param transcript the conversation so far, one line per message, for a judge
     */
    public List<CheckResult> score(Expectation expected, List<BotMessage> messages, List<String> humanSaid,
                                   List<String> transcript) {
        List<BotMessage> candidates = messages.stream()
                .filter(m -> expected.channel() == null || m.channel() == expected.channel()).toList();
        if (expected.silence()) {
            return List.of(CheckResult.of("Ducky stays silent" + expected.where(), candidates.isEmpty(),
                    candidates.isEmpty() ? "" : "Ducky posted: " + Excerpt.of(candidates.get(0).text())));
        }
        List<CheckResult> results = new ArrayList<>();
        if (candidates.isEmpty()) {
            results.add(CheckResult.fail("Ducky replies" + expected.where(), "Ducky posted nothing"
                    + (messages.isEmpty() ? "" : expected.where())));
            expected.checks().forEach(c -> results.add(CheckResult.fail(c.describe(), "no message to check")));
            expected.judge().forEach(c -> results.add(CheckResult.fail("judge: " + c, "no message to judge")));
            return results;
        }
        BotMessage best = candidates.get(0);
        List<CheckResult> bestResults = checks(expected, best, humanSaid);
        for (BotMessage candidate : candidates.subList(1, candidates.size())) {
            List<CheckResult> candidateResults = checks(expected, candidate, humanSaid);
            if (passes(candidateResults) > passes(bestResults)) {
                best = candidate;
                bestResults = candidateResults;
            }
        }
        results.add(CheckResult.pass("Ducky replies" + expected.where()));
        results.addAll(bestResults);
        for (String condition : expected.judge()) {
            results.add(judged(condition, transcript, best));
        }
        return results;
    }

    private static List<CheckResult> checks(Expectation expected, BotMessage message, List<String> humanSaid) {
        return expected.checks().stream().map(c -> c.check(message, humanSaid)).toList();
    }

    private static long passes(List<CheckResult> results) {
        return results.stream().filter(CheckResult::passed).count();
    }

    private CheckResult judged(String condition, List<String> transcript, BotMessage reply) {
        String expectation = "judge: " + condition;
        if (judge.isEmpty()) {
            return new CheckResult(expectation, Outcome.NOT_JUDGED, "no judge model configured");
        }
        List<String> lines = new ArrayList<>(transcript);
        lines.add("ducky: " + reply.text());
        Judge.Verdict verdict = judge.get().judge(condition, lines);
        return new CheckResult(expectation, verdict.met() ? Outcome.PASS : Outcome.FAIL, verdict.reason());
    }
}
