package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Averages several matchers' votes: shared words and shared meaning catch different messages. */
public final class CombinedExampleMatcher implements ExampleMatcher {
    private final List<ExampleMatcher> matchers;

    public CombinedExampleMatcher(List<ExampleMatcher> matchers) {
        this.matchers = List.copyOf(matchers);
    }

    @Override
    public Map<Intent, Double> vote(String text) {
        Map<Intent, Double> votes = new EnumMap<>(Intent.class);
        for (ExampleMatcher matcher : matchers) {
            matcher.vote(text).forEach((intent, v) -> votes.merge(intent, v / matchers.size(), Double::sum));
        }
        return votes;
    }
}
