package dev.ducky.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A question and its steps so far, as a decision reads them. */
public record History(Question question, List<Step> steps) {
    private static final Set<Step.Kind> ASIDES = Set.of(Step.Kind.REFUSED, Step.Kind.ALREADY_HANDLED);

    public History {
        steps = List.copyOf(steps);
    }

    public int nextSeq() {
        return steps.size() + 1;
    }

    public Optional<Step> last() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    public FlowState state() {
        return last().map(Step::state).orElse(FlowState.CHOOSING_INCIDENT);
    }

    /** The latest step that changed something (refusals and repeated clicks left aside). */
    public Optional<Step> lastEvent() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!ASIDES.contains(steps.get(i).kind())) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<Step> lastOf(Step.Kind kind) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind() == kind) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest answer the developers could confirm: the draft or a rewrite of their words. */
    public Optional<Step> latestProposal() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (step.proposes() || step.kind() == Step.Kind.REJECTED) {
                return step.proposes() ? Optional.of(step) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The step that drafted the answer support saw (asking, or choosing the incident). */
    public Optional<Step> draft() {
        return steps.stream().filter(s -> s.kind() == Step.Kind.ASKED || s.kind() == Step.Kind.INCIDENT_CHOSEN)
                .filter(s -> s.state() == FlowState.WAITING_FOR_DEVS).findFirst();
    }

    /** The developers' replies the next rewrite is made of: all of them since the last rejection. */
    public List<String> replies() {
        List<String> replies = new ArrayList<>();
        for (Step step : steps) {
            if (step.kind() == Step.Kind.REJECTED) {
                replies.clear();
            } else if (step.kind() == Step.Kind.DEV_REPLIED) {
                replies.add(step.text(Step.Data.REPLY));
            }
        }
        return replies;
    }

    /** Terms Ducky asked the meaning of and is still waiting for. */
    @SuppressWarnings("unchecked")
    public List<String> askedTerms() {
        if (state() != FlowState.WAITING_FOR_MEANING) {
            return List.of();
        }
        // The step that asked, even when a reminder came after it.
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).data().containsKey(Step.Data.UNKNOWN)) {
                return (List<String>) steps.get(i).data().get(Step.Data.UNKNOWN);
            }
        }
        return List.of();
    }
}
