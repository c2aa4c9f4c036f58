package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.words.PromDuration;
import java.time.Duration;
import java.util.Optional;

/** What a question adds to any query: a ranking ("top 10"), a comparison with the past ("vs yesterday"). */
final class Modifiers {
    private Modifiers() {
    }

    static Draft apply(Question q, Draft draft) {
        if (draft.language() != QueryLanguage.PROMQL) {
            return draft;
        }
        Draft shaped = q.time().offset().map(by -> compare(draft, by)).orElse(draft);
        return q.time().offset().isPresent() ? shaped : rank(q, shaped);
    }

    private static Draft rank(Question q, Draft draft) {
        String query = draft.query();
        if (q.shape().topK().isEmpty() || query.matches("(?s)^(topk|bottomk|absent)\\(.*")) {
            return draft;
        }
        int k = q.shape().topK().getAsInt();
        String op = q.shape().bottom() ? "bottomk" : "topk";
        return draft.withQuery(op + "(" + k + ",\n" + query + "\n)", "`" + op + "(" + k + ", …)`: only the " + k
                + (q.shape().bottom() ? " lowest" : " highest") + " of them.");
    }

    private static Draft compare(Draft draft, Duration by) {
        String now = Offsets.withoutThreshold(draft.query());
        Optional<String> then = Offsets.shift(now, by);
        if (then.isEmpty()) {
            return draft;
        }
        String when = PromDuration.words(by);
        return draft.withQuery("(\n" + now + "\n)\n/\n(\n" + then.get() + "\n)", "`offset " + PromDuration.format(by)
                + "`: the same query " + when + " earlier; the ratio is 1 when nothing changed, 2 when it doubled.");
    }
}
